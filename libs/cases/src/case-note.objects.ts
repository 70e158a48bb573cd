import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { NoteVisibility } from './case-enums';

@ObjectType('CaseNote', {
  description: 'A note on a case: internal to the organization, or shared with the family.',
})
export class CaseNoteObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) body!: string;
  @Field(() => NoteVisibility) visibility!: NoteVisibility;
  @Field(() => ID, { nullable: true, description: 'Who wrote it.' })
  authorUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const CaseNoteConnection = ConnectionType(CaseNoteObject, 'CaseNote');

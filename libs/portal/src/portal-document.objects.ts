import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentKind } from '@onrecord/documents';

@ObjectType({
  description:
    'A document on the case that your advocate shared with you. Download it from `downloadPath` with your portal sign-in.',
})
export class PortalDocument {
  @Field(() => ID) id!: string;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The date on the document (YYYY-MM-DD).' })
  documentDate!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => GraphQLISODateTime, { description: 'When it was added to the case.' })
  addedAt!: Date;
  @Field(() => Boolean, { description: 'Added by your family from the portal.' })
  addedByFamily!: boolean;
  @Field(() => String) downloadPath!: string;
}

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, IsNotBlank, PageArgs } from '@onrecord/platform/graphql';
import { DocumentKind } from '../model/document.enums';

const KIND = { message: `must be one of ${Object.values(DocumentKind).join(', ')}` };
const trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * What is said about a document when it is added (the upload's form fields, checked with the
 * same rules as GraphQL input: document-upload.ts).
 */
export class NewDocumentFields {
  @IsUUID('all', { message: 'must be the id of a case' })
  caseId!: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a written request of the case' })
  requestId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a school response of the case' })
  responseId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a meeting of the case' })
  meetingId?: string;

  /** A date of the attendance week (its Monday is kept). */
  @IsOptional()
  @IsLocalDate()
  attendanceWeek?: string;

  @IsEnum(DocumentKind, KIND)
  kind!: DocumentKind;

  @trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsLocalDate()
  documentDate?: string;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  sharedWithFamily?: boolean;
}

@InputType()
export class UpdateDocumentInput {
  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind, KIND)
  kind?: DocumentKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsLocalDate()
  documentDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the family sees and downloads it in their portal.',
  })
  @IsOptional()
  @IsBoolean()
  sharedWithFamily?: boolean;
}

@ArgsType()
export class CaseDocumentsArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

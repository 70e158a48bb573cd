import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { NoteVisibility } from './case-enums';
import { NOT_EMPTY, Trim } from './input-rules';

const VISIBILITY = { message: 'must be INTERNAL or SHARED_WITH_FAMILY' };

@InputType()
export class CaseNoteInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(20000)
  body!: string;

  @Field(() => NoteVisibility, {
    defaultValue: NoteVisibility.INTERNAL,
    description: 'INTERNAL (the default) stays within the organization.',
  })
  @IsEnum(NoteVisibility, VISIBILITY)
  visibility: NoteVisibility = NoteVisibility.INTERNAL;
}

@InputType()
export class UpdateCaseNoteInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(20000)
  body?: string;

  @Field(() => NoteVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(NoteVisibility, VISIBILITY)
  visibility?: NoteVisibility;
}

@ArgsType()
export class CaseNotesArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field(() => NoteVisibility, { nullable: true, description: 'Only notes with this visibility.' })
  @IsOptional()
  @IsEnum(NoteVisibility, VISIBILITY)
  visibility?: NoteVisibility;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { FAMILY_MESSAGE_MAX } from '@onrecord/cases';
import { IsNotBlank } from '@onrecord/platform/graphql';

/** Trimmed before it is checked, so a message of spaces is refused as empty, not stored. */
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType({ description: 'A short message to the advocates of one of your cases.' })
export class PortalSendMessageInput {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field({ description: `Plain text, 1 to ${FAMILY_MESSAGE_MAX} characters (trimmed).` })
  @Trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(FAMILY_MESSAGE_MAX, { message: `must be at most ${FAMILY_MESSAGE_MAX} characters` })
  body!: string;
}

@ArgsType()
export class PortalMessagesArgs {
  @Field(() => ID)
  @IsString()
  caseId!: string;
}

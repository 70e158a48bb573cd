import { Field, InputType, PickType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress, IsPhoneNumber, IsNotBlank } from '@onrecord/platform/graphql';
import type { Guardian } from './guardian.entity';
import { IsLanguageTag, NormalizeEmail, Omittable, Trim } from './input-rules';

const NOT_EMPTY = { message: 'must not be empty' };

@InputType({ description: 'A guardian, at intake or added later.' })
export class GuardianInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NormalizeEmail()
  @IsEmailAddress()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'US numbers any usual way, others with their + country code; stored E.164.',
  })
  @IsPhoneNumber()
  @IsOptional()
  phone?: string | null;

  @Field(() => String, { description: 'e.g. "mother", "grandfather", "foster parent".' })
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(100)
  relationship!: string;

  @Field(() => String, {
    defaultValue: 'en',
    description: 'BCP 47 language tag, e.g. "en", "es", "zh-Hant"; stored in canonical form.',
  })
  @IsLanguageTag()
  preferredLanguage = 'en';
}

/** Only the fields given change; email and phone can be cleared with null. */
@InputType()
export class UpdateGuardianInput {
  @Field(() => String, { nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NormalizeEmail()
  @IsEmailAddress()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsPhoneNumber()
  @IsOptional()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(100)
  relationship?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsLanguageTag()
  preferredLanguage?: string;

  @Field(() => Boolean, { nullable: true, description: 'Email when the school answers.' })
  @Omittable()
  @IsBoolean()
  notifySchoolAnswered?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Email when a request is overdue.' })
  @Omittable()
  @IsBoolean()
  notifyRequestOverdue?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Email when a follow-up goes out.' })
  @Omittable()
  @IsBoolean()
  notifyFollowUpSent?: boolean;
}

/**
 * What guardians choose for themselves in the family portal: which emails they get, and in
 * which language. Only the fields given change.
 */
@InputType()
export class GuardianPreferencesInput extends PickType(UpdateGuardianInput, [
  'preferredLanguage',
  'notifySchoolAnswered',
  'notifyRequestOverdue',
  'notifyFollowUpSent',
] as const) {}

/** Applies the preferences given (the rest stay as they are). */
export function applyGuardianPreferences(
  guardian: Guardian,
  input: GuardianPreferencesInput,
): void {
  if (input.preferredLanguage !== undefined) guardian.preferredLanguage = input.preferredLanguage;
  if (input.notifySchoolAnswered !== undefined)
    guardian.notifySchoolAnswered = input.notifySchoolAnswered;
  if (input.notifyRequestOverdue !== undefined)
    guardian.notifyRequestOverdue = input.notifyRequestOverdue;
  if (input.notifyFollowUpSent !== undefined)
    guardian.notifyFollowUpSent = input.notifyFollowUpSent;
}

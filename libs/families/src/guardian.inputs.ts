import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress, IsPhoneNumber } from '@onrecord/platform/graphql';
import { IsLanguageTag, NormalizeEmail, Omittable, Trim } from './input-rules';

const NOT_EMPTY = { message: 'must not be empty' };

@InputType({ description: 'A guardian, at intake or added later.' })
export class GuardianInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
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
  @IsNotEmpty(NOT_EMPTY)
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
  @IsNotEmpty(NOT_EMPTY)
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
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  relationship?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsLanguageTag()
  preferredLanguage?: string;
}

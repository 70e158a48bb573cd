import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MemberRole } from './member-role';
import { IsTimeZone, US_STATES, IsNotBlank } from '@onrecord/platform/graphql';

const EMAIL = { message: 'must be an email address such as name@example.org' };
const STATE = {
  message: `must be a two-letter US state code such as TX (${US_STATES.length} accepted)`,
};

@InputType()
export class OrganizationInput {
  @Field(() => String)
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Chicago.' })
  @IsTimeZone()
  timeZone!: string;

  @Field(() => String, { description: 'Two-letter US state code: the home jurisdiction.' })
  @IsIn(US_STATES, STATE)
  homeState!: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(US_STATES, STATE)
  homeState?: string | null;
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, {
    description: 'At least 12 characters; not a common password; not your name or email.',
  })
  @IsString()
  password!: string;

  @Field(() => OrganizationInput)
  @ValidateNested()
  @Type(() => OrganizationInput)
  organization!: OrganizationInput;
}

@InputType()
export class LogInInput {
  @Field(() => String)
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization to work in; default: the first one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email!: string;

  @Field(() => MemberRole)
  @IsIn(Object.values(MemberRole))
  role!: MemberRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  @IsString()
  @IsNotBlank()
  token!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your name, when the invitation creates your account.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { description: 'A new password, or the password of your existing account.' })
  @IsString()
  password!: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a member id' })
  memberId!: string;

  @Field(() => MemberRole)
  @IsIn(Object.values(MemberRole))
  role!: MemberRole;
}

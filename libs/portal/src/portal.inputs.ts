import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RecordAttendanceInput } from '@onrecord/attendance';
import { IsLocalDate } from '@onrecord/platform/graphql';

@InputType({
  description:
    'A school day as the family saw it: attendance, triggers or barriers, how it went, and which of the student’s supports (portalSupports) were in place.',
})
export class PortalRecordAttendanceInput extends RecordAttendanceInput {}

@ArgsType()
export class PortalAttendanceArgs {
  @Field(() => ID)
  @IsString()
  studentId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  @IsLocalDate()
  from!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive; at most 400 days after from.' })
  @IsLocalDate()
  to!: string;
}

@ArgsType()
export class PortalSignInArgs {
  @Field({ description: 'The token from the sign-in link (the part after "token=").' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization to look at first; the first by name otherwise.',
  })
  @IsOptional()
  @IsString()
  organizationId?: string | null;
}

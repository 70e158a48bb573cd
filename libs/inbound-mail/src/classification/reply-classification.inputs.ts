import { Field, InputType, OmitType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsLocalDate, IsNotInFuture } from '@onrecord/platform/graphql';
import { SchoolResponseInput } from '@onrecord/requests';

@InputType({
  description:
    "What the school's reply says, recorded as its response: as recordSchoolResponse, by email, on the day the reply came unless said otherwise, and quoting the reply when no summary is given.",
})
export class ReplyAnswerInput extends OmitType(
  SchoolResponseInput,
  ['receivedOn', 'channel'] as const,
  InputType,
) {
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; the day the reply arrived (district time) when omitted.',
  })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  receivedOn?: string | null;
}

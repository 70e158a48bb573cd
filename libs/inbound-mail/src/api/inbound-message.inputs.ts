import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PageArgs } from '@onrecord/platform/graphql';
import { InboundMessageStatus } from '../model/inbound-message.enums';

@InputType()
export class InboundMessageFilter {
  @Field(() => ID, { nullable: true, description: 'Only those filed under this request.' })
  @IsOptional()
  @IsString()
  requestId?: string | null;

  @Field(() => InboundMessageStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InboundMessageStatus, {
    message: `must be one of ${Object.values(InboundMessageStatus).join(', ')}`,
  })
  status?: InboundMessageStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only the triage list (filed under no request); false: only filed ones.',
  })
  @IsOptional()
  @IsBoolean()
  triage?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only replies filed under requests of cases you are assigned to (an advocate\'s "mine").',
  })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;
}

@ArgsType()
export class InboundMessagesArgs extends PageArgs {
  @Field(() => InboundMessageFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InboundMessageFilter)
  filter?: InboundMessageFilter | null;
}

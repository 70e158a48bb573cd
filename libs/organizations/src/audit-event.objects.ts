import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, PageArgs } from '@onrecord/platform/graphql';

@ObjectType('AuditEvent', { description: 'Who changed what, when. Append-only.' })
export class AuditEventObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The operation, e.g. inviteMember.' }) action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The guardian who acted, from the family portal (actorUserId is null then).',
  })
  actorGuardianId!: string | null;
  @Field(() => String, {
    description: 'JSON: { change, before, after } with the fields that changed.',
  })
  changes!: string;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}
export const AuditEventConnection = ConnectionType(AuditEventObject, 'AuditEvent');

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actorUserId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a guardian id' })
  actorGuardianId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant, inclusive.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditEventArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}

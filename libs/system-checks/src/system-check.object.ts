import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SystemCheckStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
}
registerEnumType(SystemCheckStatus, {
  name: 'SystemCheckStatus',
  description: 'PENDING until the worker has taken the job from the queue and recorded it.',
});

@ObjectType('SystemCheck', { description: 'A round trip api → queue → worker → database.' })
export class SystemCheckObject {
  @Field(() => ID)
  id!: string;

  @Field(() => SystemCheckStatus)
  status!: SystemCheckStatus;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The worker process (host/pid) that completed it.',
  })
  completedBy!: string | null;
}

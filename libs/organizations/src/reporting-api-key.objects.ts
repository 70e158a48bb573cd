import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserObject } from './organization.objects';

@ObjectType('ReportingApiKey', {
  description:
    'A key a reporting client sends as `Authorization: Bearer <key>` to read outcome reports. The secret itself is shown once, when created.',
})
export class ReportingApiKeyObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field() createdAt!: Date;
  @Field(() => UserObject, {
    nullable: true,
    description: 'The admin who created it; null once they are no longer a member.',
  })
  createdBy!: UserObject | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Its last use, to the minute: recorded at most once a minute.',
  })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedReportingApiKey')
export class CreatedReportingApiKeyObject {
  @Field(() => ReportingApiKeyObject) apiKey!: ReportingApiKeyObject;
  @Field({ description: 'The key. Shown this once: OnRecord keeps only its hash.' })
  secret!: string;
}

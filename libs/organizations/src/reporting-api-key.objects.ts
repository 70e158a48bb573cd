import { Field, ID, ObjectType } from '@nestjs/graphql';

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
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedReportingApiKey')
export class CreatedReportingApiKeyObject {
  @Field(() => ReportingApiKeyObject) apiKey!: ReportingApiKeyObject;
  @Field({ description: 'The key. Shown this once: OnRecord keeps only its hash.' })
  secret!: string;
}

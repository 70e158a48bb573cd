import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { QueueModule } from '@onrecord/platform/queue';
import { MailModule } from '@onrecord/platform/mail';
import { GraphqlModule } from '@onrecord/platform/graphql';
import {
  HealthModule,
  LoggingModule,
  QueueDashboardModule,
} from '@onrecord/platform/observability';
import { SystemChecksModule } from '@onrecord/system-checks';
import { AuthModule } from '@onrecord/platform/auth';
import { OrganizationMembershipLookup, OrganizationsModule } from '@onrecord/organizations';
import { DirectoryModule } from '@onrecord/directory';
import { FamiliesModule } from '@onrecord/families';
import { CasesModule } from '@onrecord/cases';
import { AttendanceModule } from '@onrecord/attendance';
import { RequestsModule } from '@onrecord/requests';
import { FollowUpsModule } from '@onrecord/follow-ups';
import { PortalModule } from '@onrecord/portal';
import { ReportsModule } from '@onrecord/reports';
import { SurveysModule } from '@onrecord/surveys';
import { FamilyDataModule } from '@onrecord/family-data';
import { InboundMailModule } from '@onrecord/inbound-mail';
import { DocumentsModule } from '@onrecord/documents';
import { CalendarFeedsModule } from '@onrecord/calendar-feeds';
import { SearchModule } from '@onrecord/search';
import { EvidencePacketModule } from '@onrecord/evidence-packet';
import { ImportsModule } from '@onrecord/imports';
import { ENTITIES, SUBSCRIBERS } from '@onrecord/migrations';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot(ENTITIES, 'onrecord-api', SUBSCRIBERS),
        QueueModule.forRoot(),
        MailModule,
        GraphqlModule.forRoot({ explorer: config.graphql.explorer }),
        HealthModule.forRoot({ http: true }),
        // For the people who run the service (@Operators), when configured: /admin/queues.
        QueueDashboardModule.forRoot(config),
        // The other credentials (API keys, portal sessions) come with their features.
        AuthModule.forRoot({ membershipLookup: OrganizationMembershipLookup }),
        OrganizationsModule,
        SystemChecksModule,
        DirectoryModule,
        FamiliesModule,
        CasesModule,
        AttendanceModule,
        RequestsModule,
        FollowUpsModule,
        ReportsModule,
        FamilyDataModule,
        PortalModule,
        SurveysModule,
        InboundMailModule,
        DocumentsModule,
        CalendarFeedsModule,
        SearchModule,
        EvidencePacketModule,
        ImportsModule,
      ],
    };
  }
}

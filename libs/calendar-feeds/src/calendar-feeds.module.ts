import { Module } from '@nestjs/common';
import { OrganizationSettingsModule } from '@onrecord/organizations';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** Calendar feeds: issued and revoked over GraphQL, read at GET /calendar/<token>.ics. */
@Module({
  imports: [OrganizationSettingsModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService, CalendarFeedResolver],
})
export class CalendarFeedsModule {}

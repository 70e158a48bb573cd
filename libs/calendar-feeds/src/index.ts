/**
 * What the other libs, the apps and the tests use of calendar feeds: its module and its
 * entities. The rest is its own.
 */
export { CALENDAR_FEEDS_ENTITIES } from './calendar-feeds.entities';
export { CalendarFeedsModule } from './calendar-feeds.module';

import { CalendarFeed } from './calendar-feed.entity';

/** The TypeORM entities of calendar feeds: the schema catalog and the lib's specs use it. */
export const CALENDAR_FEEDS_ENTITIES = [CalendarFeed];

import { Field, ObjectType } from '@nestjs/graphql';
import { CalendarFeedKind } from './calendar-feed-kind';

@ObjectType('CalendarFeed', {
  description:
    'One of your calendar feeds: a private address a calendar app subscribes to. The address itself is shown once, when issued; OnRecord keeps only its hash.',
})
export class CalendarFeedObject {
  @Field(() => CalendarFeedKind) kind!: CalendarFeedKind;
  @Field({ description: 'True while its address works (issued and not revoked).' })
  active!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When the current (or last) address was issued.',
  })
  issuedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the last address was revoked.' })
  revokedAt!: Date | null;
}

@ObjectType('IssuedCalendarFeed')
export class IssuedCalendarFeedObject {
  @Field(() => CalendarFeedObject) feed!: CalendarFeedObject;
  @Field({
    description: 'The address to subscribe to. Shown this once: OnRecord keeps only its hash.',
  })
  url!: string;
}

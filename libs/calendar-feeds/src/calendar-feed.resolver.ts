import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Member, type MemberPrincipal, Scope } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { CalendarFeedKind } from './calendar-feed-kind';
import type { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedObject, IssuedCalendarFeedObject } from './calendar-feed.objects';
import { CalendarFeedService } from './calendar-feed.service';

const { ADMIN, ADVOCATE } = MemberRole;

const toObject = (kind: CalendarFeedKind, feed: CalendarFeed | null): CalendarFeedObject => ({
  kind,
  active: !!feed && !feed.revokedAt,
  issuedAt: feed?.createdAt ?? null,
  revokedAt: feed?.revokedAt ?? null,
});

@Resolver(() => CalendarFeedObject)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Roles(ADMIN, ADVOCATE)
  @Query(() => [CalendarFeedObject], {
    description:
      'Your calendar feeds: your own cases, and (admins) every case of the organization. Never the address.',
  })
  async calendarFeeds(
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CalendarFeedObject[]> {
    const states = await this.feeds.list(scope, member);
    return states.map((state) => toObject(state.kind, state.feed));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => IssuedCalendarFeedObject, {
    description:
      'A new private address for your feed of this kind (ORGANIZATION: admins only), in the answer once. The address issued before stops working.',
  })
  async issueCalendarFeed(
    @Args('kind', { type: () => CalendarFeedKind }) kind: CalendarFeedKind,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<IssuedCalendarFeedObject> {
    const { feed, url } = await this.feeds.issue(scope, member, kind);
    return { feed: toObject(kind, feed), url };
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CalendarFeedObject, {
    description: 'Your feed of this kind stops working at once (NOT_FOUND when none works).',
  })
  async revokeCalendarFeed(
    @Args('kind', { type: () => CalendarFeedKind }) kind: CalendarFeedKind,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CalendarFeedObject> {
    return toObject(kind, await this.feeds.revoke(scope, member, kind));
  }
}

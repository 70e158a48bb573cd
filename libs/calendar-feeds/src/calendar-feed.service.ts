import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CrossOrganizationAccess, type DataScope } from '@onrecord/platform/database';
import type { MemberPrincipal } from '@onrecord/platform/request';
import { forbidden, notFound } from '@onrecord/platform/errors';
import { FeedFamilyNames, MemberRole, OrganizationSettingsService } from '@onrecord/organizations';
import { CalendarFeedKind } from './calendar-feed-kind';
import { CalendarFeed } from './calendar-feed.entity';
import { feedTokenHash, feedUrl, newFeedToken } from './calendar-feed.token';
import { feedCalendar } from './feed-calendar';
import { feedItems } from './feed-items.query';

/** A member's feed of one kind: the live one, else the last revoked, else none yet. */
export interface CalendarFeedState {
  kind: CalendarFeedKind;
  feed: CalendarFeed | null;
}

/**
 * Who may hold a feed of this kind, as the GraphQL rules say: admins and advocates for their
 * own cases, admins for the organization's. Checked again at every read, so a member whose
 * role changed (an advocate made an analyst) gets nothing more.
 */
function mayHold(role: string, kind: CalendarFeedKind): boolean {
  if (role === MemberRole.ADMIN) return true;
  return role === MemberRole.ADVOCATE && kind === CalendarFeedKind.OWN;
}

/**
 * Calendar feeds: issued (the address shown once), listed, revoked, and read by a calendar
 * app with the address alone — as the member who issued it, under the same row-level
 * security and the same rule of which cases are theirs as the console.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CrossOrganizationAccess,
    private readonly settings: OrganizationSettingsService,
  ) {}

  /** The kinds the member may hold, each with its live (or last) feed. */
  async list(scope: DataScope, member: MemberPrincipal): Promise<CalendarFeedState[]> {
    const kinds = Object.values(CalendarFeedKind).filter((kind) =>
      mayHold(member.membership.role, kind),
    );
    const feeds = await scope.manager.find(CalendarFeed, {
      where: { membershipId: member.membership.id },
      order: { createdAt: 'DESC' },
    });
    return kinds.map((kind) => ({
      kind,
      feed:
        feeds.find((feed) => feed.kind === kind && !feed.revokedAt) ??
        feeds.find((feed) => feed.kind === kind) ??
        null,
    }));
  }

  /** A new address for the member's feed of this kind; the one before stops working. */
  async issue(
    scope: DataScope,
    member: MemberPrincipal,
    kind: CalendarFeedKind,
  ): Promise<{ feed: CalendarFeed; url: string }> {
    if (!mayHold(member.membership.role, kind))
      throw forbidden("Only an organization's admins can subscribe to every case.");
    await this.revokeLive(scope, member, kind);
    const token = newFeedToken();
    const feed = await scope.manager.save(
      scope.manager.create(CalendarFeed, {
        organizationId: member.organizationId,
        membershipId: member.membership.id,
        kind,
        tokenHash: feedTokenHash(token),
        revokedAt: null,
      }),
    );
    return { feed, url: feedUrl(this.config.publicUrl, token) };
  }

  /** Stops the member's live feed of this kind; NOT_FOUND when there is none. */
  async revoke(
    scope: DataScope,
    member: MemberPrincipal,
    kind: CalendarFeedKind,
  ): Promise<CalendarFeed> {
    const revoked = await this.revokeLive(scope, member, kind);
    if (!revoked) throw notFound('Calendar feed');
    return revoked;
  }

  private async revokeLive(
    scope: DataScope,
    member: MemberPrincipal,
    kind: CalendarFeedKind,
  ): Promise<CalendarFeed | null> {
    const live = await scope.manager.findOneBy(CalendarFeed, {
      membershipId: member.membership.id,
      kind,
      revokedAt: IsNull(),
    });
    if (!live) return null;
    live.revokedAt = new Date();
    return scope.manager.save(live);
  }

  /**
   * The feed at this token's address as iCalendar text, or null — an unknown or revoked
   * token, a member since removed, or an organization feed of a member no longer an admin —
   * without saying which.
   */
  read(token: string, requestId: string | undefined): Promise<string | null> {
    const tokenHash = feedTokenHash(token);
    return this.access.run(
      'calendar-feed',
      { lookup: { calendarFeedHash: tokenHash } },
      requestId,
      async (scope) => {
        const feed = await scope.manager.findOneBy(CalendarFeed, {
          tokenHash,
          revokedAt: IsNull(),
        });
        if (!feed) return null;
        await scope.become({ organizationId: feed.organizationId });
        const [member] = (await scope.manager.query(
          `SELECT user_id, role FROM membership WHERE id = $1`,
          [feed.membershipId],
        )) as Array<{ user_id: string; role: string }>;
        if (!member || !mayHold(member.role, feed.kind)) return null;
        // From here on, as that member: what they could read in the console, nothing more.
        await scope.become({ userId: member.user_id });
        const [names] = (await scope.manager.query(
          `SELECT u.name AS user_name, o.name AS organization_name
             FROM app_user u, organization o WHERE u.id = $1 AND o.id = $2`,
          [member.user_id, feed.organizationId],
        )) as Array<{ user_name: string; organization_name: string }>;
        const own = feed.kind === CalendarFeedKind.OWN;
        const items = await feedItems(scope, own ? feed.membershipId : null);
        const settings = await this.settings.get(scope);
        return feedCalendar(items, {
          name: own
            ? `OnRecord — ${names?.user_name ?? ''}'s cases (${names?.organization_name ?? ''})`
            : `OnRecord — ${names?.organization_name ?? ''}`,
          publicUrl: this.config.publicUrl,
          fullNames: settings.feedFamilyNames === FeedFamilyNames.FULL_NAME,
          now: new Date(),
        });
      },
    );
  }
}

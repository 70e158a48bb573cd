import { Injectable, Logger } from '@nestjs/common';
import { dayOfWeek, localDate } from '@onrecord/deadlines';
import { CrossOrganizationAccess, DataScopes, type DataScope } from '@onrecord/platform/database';
import { MailService } from '@onrecord/platform/mail';
import { atLocalTime } from '../planning/follow-up-calendar';
import { FollowUpKind, FollowUpStatus } from '../model/follow-up-enums';
import { FollowUp } from '../model/follow-up.entity';
import { AdvocateDigest } from './advocate-digest.entity';
import {
  renderDigest,
  type DigestFacts,
  type DigestFamilyMessage,
  type DigestItem,
} from '../messages/digest';
import { FollowUpPolicyService } from '../api/follow-up-policy.service';

interface Advocate {
  id: string;
  name: string;
  email: string;
}

interface ItemRow {
  user_id: string;
  case_title: string;
  student_name: string;
  what: string;
  due_on: string;
  days_overdue: number;
  error?: string | null;
  follow_up_id?: string;
  note: string | null;
}

/**
 * What the request's due day is, when it is not simply the law's: set by hand (with the
 * reason), or provisional (no school calendar). `cm` is the commitment, when the item is one.
 */
const DUE_NOTE = `CASE WHEN cm.id IS NOT NULL THEN NULL
  WHEN r.override_due_on IS NOT NULL THEN 'set by hand: ' || r.override_reason
  ELSE r.deadline -> 'provisional' ->> 'sentence' END`;

/** Who an item is for: the advocates assigned to its case. */
const ASSIGNED = `JOIN case_assignment a ON a.case_id = c.id
  JOIN membership m ON m.id = a.membership_id AND m.organization_id = a.organization_id`;

const LEASE_MS = 5 * 60_000;

/**
 * One message a day per advocate (PRODUCT.md: the advocate's "follow-up queue"), at the
 * organization's digest time on weekdays: what is overdue, what is due soon (the advocate
 * reminders the plan made, delivered here and marked SENT with it), what families wrote
 * from the portal, drafts waiting for approval, follow-ups that could not be sent. Nothing
 * to say, no message. At most one per
 * advocate and day (advocate_digest), with a Message-ID derived from that key.
 */
@Injectable()
export class AdvocateDigests {
  private readonly logger = new Logger(AdvocateDigests.name);

  constructor(
    private readonly access: CrossOrganizationAccess,
    private readonly scopes: DataScopes,
    private readonly policies: FollowUpPolicyService,
    private readonly mail: MailService,
  ) {}

  /** Sends the digests due now in every organization; returns how many went out. */
  async run(now = new Date()): Promise<number> {
    const organizations: Array<{ id: string; name: string; time_zone: string }> =
      await this.access.run(
        'follow-up-sweep',
        { lookup: { sweep: 'follow-ups' } },
        undefined,
        (scope) => scope.manager.query(`SELECT id, name, time_zone FROM organization`),
      );
    let sent = 0;
    for (const organization of organizations) {
      const day = localDate(now, organization.time_zone);
      if (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) continue;
      try {
        sent += await this.forOrganization(organization, day, now);
      } catch (error) {
        this.logger.error({ err: error, organizationId: organization.id }, 'digests failed');
      }
    }
    return sent;
  }

  private async forOrganization(
    organization: { id: string; name: string; time_zone: string },
    day: string,
    now: Date,
  ): Promise<number> {
    const organizationId = organization.id;
    const due = await this.scopes.run({ organizationId }, undefined, async (scope) => {
      const policy = await this.policies.get(scope);
      if (now < atLocalTime(day, policy.digestTime, organization.time_zone)) return null;
      return this.advocatesOwed(scope, day, now);
    });
    if (!due?.length) return 0;
    let sent = 0;
    for (const advocate of due) {
      const facts = await this.scopes.run({ organizationId }, undefined, (scope) =>
        this.facts(scope, organization.name, advocate, day, now),
      );
      if (!facts) continue;
      if (await this.sendOne(organizationId, organization.name, advocate, day, facts, now)) sent++;
    }
    await this.scopes.run({ organizationId }, { action: 'advocate-digest' }, (scope) =>
      this.markRemindersDelivered(scope, day, now),
    );
    return sent;
  }

  /** Advocates with assigned cases and no digest yet today (or one stuck past its lease). */
  private advocatesOwed(scope: DataScope, day: string, now: Date): Promise<Advocate[]> {
    return scope.manager.query(
      `SELECT DISTINCT u.id, u.name, u.email
         FROM case_assignment a
         JOIN membership m ON m.id = a.membership_id AND m.organization_id = a.organization_id
         JOIN app_user u ON u.id = m.user_id
        WHERE m.role IN ('ADMIN', 'ADVOCATE')
          AND NOT EXISTS (SELECT 1 FROM advocate_digest d
                           WHERE d.user_id = u.id AND d.digest_date = $1
                             AND (d.status <> 'SENDING' OR d.lease_until > $2))`,
      [day, now],
    );
  }

  /** What the advocate's digest says today; null when there is nothing to say. */
  private async facts(
    scope: DataScope,
    organizationName: string,
    advocate: Advocate,
    day: string,
    now: Date,
  ): Promise<DigestFacts | null> {
    const toItem = (row: ItemRow): DigestItem => ({
      caseTitle: row.case_title,
      studentName: row.student_name,
      what: row.what,
      dueOn: row.due_on,
      daysOverdue: Number(row.days_overdue),
      note: row.note,
    });
    const overdue: ItemRow[] = await scope.manager.query(
      `SELECT c.title AS case_title, s.name AS student_name, 'Request: ' || r.subject AS what,
              to_char(r.due_on, 'YYYY-MM-DD') AS due_on, ($2::date - r.due_on) AS days_overdue,
              CASE WHEN r.override_due_on IS NOT NULL THEN 'set by hand: ' || r.override_reason
                ELSE r.deadline -> 'provisional' ->> 'sentence' END AS note
         FROM written_request r JOIN case_record c ON c.id = r.case_id
         JOIN student s ON s.id = c.student_id ${ASSIGNED}
        WHERE m.user_id = $1 AND r.status = 'SENT' AND r.archived_at IS NULL AND r.due_at < $3
       UNION ALL
       SELECT c.title, s.name, 'Commitment: ' || cm.description,
              to_char(cm.due_on, 'YYYY-MM-DD'), ($2::date - cm.due_on), NULL
         FROM commitment cm JOIN written_request r ON r.id = cm.request_id
         JOIN case_record c ON c.id = r.case_id JOIN student s ON s.id = c.student_id ${ASSIGNED}
        WHERE m.user_id = $1 AND cm.status = 'OPEN' AND cm.archived_at IS NULL
          AND r.status NOT IN ('WITHDRAWN', 'CLOSED') AND cm.due_on < $2::date`,
      [advocate.id, day, now],
    );
    const dueSoon: ItemRow[] = await scope.manager.query(
      `SELECT c.title AS case_title, s.name AS student_name,
              coalesce('Commitment: ' || cm.description, 'Request: ' || r.subject) AS what,
              to_char(coalesce(cm.due_on, r.due_on), 'YYYY-MM-DD') AS due_on, 0 AS days_overdue,
              ${DUE_NOTE} AS note
         FROM follow_up f JOIN written_request r ON r.id = f.request_id
         LEFT JOIN commitment cm ON cm.id = f.commitment_id
         JOIN case_record c ON c.id = f.case_id JOIN student s ON s.id = c.student_id
        WHERE f.kind = 'ADVOCATE_REMINDER' AND f.status = 'PLANNED' AND f.scheduled_at <= $2
          AND f.recipients @> jsonb_build_array(jsonb_build_object('userId', $1::text))`,
      [advocate.id, now],
    );
    const followUps = (status: FollowUpStatus, since: string): Promise<ItemRow[]> =>
      scope.manager.query(
        `SELECT DISTINCT c.title AS case_title, s.name AS student_name,
                initcap(replace(f.kind, '_', ' ')) || ' to ' ||
                  (SELECT string_agg(x ->> 'name', ', ') FROM jsonb_array_elements(f.recipients) x)
                  || ' — ' || coalesce('commitment: ' || cm.description, 'request: ' || r.subject) AS what,
                to_char(coalesce(cm.due_on, r.due_on), 'YYYY-MM-DD') AS due_on, 0 AS days_overdue,
                f.last_error AS error, f.id AS follow_up_id, ${DUE_NOTE} AS note
           FROM follow_up f JOIN written_request r ON r.id = f.request_id
           LEFT JOIN commitment cm ON cm.id = f.commitment_id
           JOIN case_record c ON c.id = f.case_id JOIN student s ON s.id = c.student_id ${ASSIGNED}
          WHERE m.user_id = $1 AND f.status = $2 AND f.updated_at >= $3::timestamptz - $4::interval`,
        [advocate.id, status, now, since],
      );
    const drafts = await followUps(FollowUpStatus.DRAFT, '100 years');
    const failed = await followUps(FollowUpStatus.FAILED, '1 day');
    const familyMessages = await this.familyMessages(scope, advocate, day, now);
    if (
      !overdue.length &&
      !dueSoon.length &&
      !drafts.length &&
      !failed.length &&
      !familyMessages.length
    )
      return null;
    return {
      advocateName: advocate.name,
      organizationName,
      today: day,
      overdue: overdue.map(toItem),
      dueSoon: dueSoon.map(toItem),
      draftsToApprove: drafts.map(toItem),
      failed: failed.map((row) => ({ ...toItem(row), error: row.error ?? '' })),
      familyMessages,
    };
  }

  /**
   * What families wrote from the portal on the advocate's cases after what their previous
   * digest listed (up to its run's time), or in the last day when there was none: each message
   * is in one digest, however many days had nothing else to say.
   */
  private familyMessages(
    scope: DataScope,
    advocate: Advocate,
    day: string,
    now: Date,
  ): Promise<DigestFamilyMessage[]> {
    return scope.manager.query(
      `SELECT g.name AS "guardianName", c.title AS "caseTitle", left(fm.body, 1000) AS body
         FROM family_message fm JOIN case_record c ON c.id = fm.case_id
         JOIN guardian g ON g.id = fm.guardian_id ${ASSIGNED}
        WHERE m.user_id = $1 AND fm.created_at <= $3
          AND fm.created_at > coalesce(
                (SELECT max(d.messages_until) FROM advocate_digest d
                  WHERE d.user_id = $1 AND d.status = 'SENT' AND d.digest_date < $2::date),
                $3::timestamptz - interval '1 day')
        ORDER BY fm.created_at, fm.id`,
      [advocate.id, day, now],
    );
  }

  /** Claims today's digest for the advocate, sends it, records it. */
  private async sendOne(
    organizationId: string,
    organizationName: string,
    advocate: Advocate,
    day: string,
    facts: DigestFacts,
    now: Date,
  ): Promise<boolean> {
    const key = `advocate-digest/${organizationId}/${advocate.id}/${day}`;
    const messageId = this.mail.messageIdFor(key);
    const itemCount =
      facts.overdue.length +
      facts.dueSoon.length +
      facts.draftsToApprove.length +
      facts.failed.length +
      (facts.familyMessages?.length ?? 0);
    const claimed = await this.scopes.run({ organizationId }, undefined, async (scope) => {
      const rows: unknown[] = await scope.manager.query(
        `INSERT INTO advocate_digest (organization_id, user_id, digest_date, status, attempts,
                                      lease_until, message_id, item_count, messages_until)
         VALUES ($1, $2, $3, 'SENDING', 1, $4, $5, $6, $7)
         ON CONFLICT (organization_id, user_id, digest_date) DO UPDATE
            SET attempts = advocate_digest.attempts + 1, lease_until = excluded.lease_until,
                item_count = excluded.item_count, messages_until = excluded.messages_until,
                updated_at = now()
          WHERE advocate_digest.status = 'SENDING' AND advocate_digest.lease_until <= $7
         RETURNING id`,
        [
          organizationId,
          advocate.id,
          day,
          new Date(now.getTime() + LEASE_MS),
          messageId,
          itemCount,
          now,
        ],
      );
      return rows.length > 0;
    });
    if (!claimed) return false;
    const message = renderDigest(facts);
    let error: string | null = null;
    try {
      await this.mail.send({
        from: { name: organizationName },
        to: advocate.email,
        subject: message.subject,
        text: message.text,
        html: message.html,
        idempotencyKey: key,
      });
    } catch (failure) {
      error = (failure as Error).message.slice(0, 500);
      this.logger.warn({ organizationId, userId: advocate.id, err: error }, 'digest not sent');
    }
    await this.scopes.run({ organizationId }, { action: 'advocate-digest' }, (scope) =>
      scope.manager.update(
        AdvocateDigest,
        { userId: advocate.id, digestDate: day },
        error
          ? { status: 'FAILED', lastError: error, leaseUntil: null }
          : { status: 'SENT', sentAt: new Date(), leaseUntil: null },
      ),
    );
    return !error;
  }

  /**
   * A due reminder is delivered once every advocate it names who still has a digest to get
   * today got it: it is then SENT, with the Message-ID of the first of those digests.
   */
  private async markRemindersDelivered(scope: DataScope, day: string, now: Date): Promise<void> {
    const reminders = await scope.manager
      .createQueryBuilder(FollowUp, 'f')
      .where('f.kind = :kind AND f.status = :planned AND f.scheduled_at <= :now', {
        kind: FollowUpKind.ADVOCATE_REMINDER,
        planned: FollowUpStatus.PLANNED,
        now,
      })
      .getMany();
    if (!reminders.length) return;
    const digests = await scope.manager.findBy(AdvocateDigest, { digestDate: day, status: 'SENT' });
    const byUser = new Map(digests.map((d) => [d.userId, d]));
    for (const reminder of reminders) {
      const users = reminder.recipients.flatMap((r) => (r.userId ? [r.userId] : []));
      const delivered = users.flatMap((id) => byUser.get(id) ?? []);
      const first = delivered[0];
      if (!first || delivered.length < users.length) continue;
      reminder.status = FollowUpStatus.SENT;
      reminder.sentAt = first.sentAt ?? now;
      reminder.messageId = first.messageId;
      reminder.sentSubject = 'Delivered in the daily digest';
      await scope.manager.save(reminder);
    }
  }
}

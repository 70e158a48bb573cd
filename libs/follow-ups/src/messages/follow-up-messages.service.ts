import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CasePlaces, type CasePlace } from '@onrecord/cases';
import { In } from 'typeorm';
import { Guardian } from '@onrecord/families';
import { localDate, type DeadlineResult } from '@onrecord/deadlines';
import type { DataScope } from '@onrecord/platform/database';
import {
  REQUEST_TYPE_LABELS,
  replyAddressOf,
  stallOf,
  type ResponseOutcome,
  type WrittenRequestType,
} from '@onrecord/requests';
import { addSchoolDays } from '../planning/follow-up-calendar';
import { ruleFacts } from './follow-up-rule-facts';
import { FollowUpKind, FollowUpStatus } from '../model/follow-up-enums';
import { FollowUp, type FollowUpRecipient } from '../model/follow-up.entity';
import { defaultFollowUpTemplate } from './default-templates';
import { composeRequestLetter } from './request-letter-message';
import { renderForLanguages, replySubject } from './render';
import type { FollowUpFacts, FollowUpTemplateKind, FollowUpTemplateText } from './message-facts';
import { messageLanguage, type MessageLanguage } from './message-language';
import { FollowUpTemplate } from './follow-up-template.entity';
import { caseAdvocates } from '../model/case-advocates';
import {
  FollowUpPolicyService,
  type FollowUpPolicySettings,
} from '../api/follow-up-policy.service';

/** A written answer is asked for within this many school days of the follow-up. */
export const RESPOND_WITHIN_SCHOOL_DAYS = 5;

/** A follow-up ready to go: its words and its envelope. */
export interface PreparedFollowUp {
  subject: string;
  text: string;
  html: string;
  /** The organization's name, and its sending address when it has one. */
  from: { name: string; address: string | null };
  to: string[];
  cc: string[];
  replyTo: string | null;
  /**
   * The envelope sender (SMTP MAIL FROM, the Return-Path): the request's reply address for a
   * message to the school, so a bounce comes back to OnRecord and fails the send it reports;
   * null: the platform's sender.
   */
  returnPath: string | null;
  inReplyTo: string | null;
  references: string[];
  /** For telling the advocates when it cannot be sent. */
  advocates: FollowUpRecipient[];
  caseTitle: string;
  /** What the message is about, in a few words ("Request for a full individual evaluation"). */
  what: string;
}

interface FactsRow {
  subject: string;
  body: string;
  type: WrittenRequestType;
  sent_on: string | null;
  received_on: string | null;
  channel: string | null;
  due_on: string | null;
  overridden: boolean;
  override_reason: string | null;
  deadline: DeadlineResult | null;
  email_message_id: string | null;
  /** The request's reply token (its reply address: reply+<token>@<inbound domain>). */
  reply_token: string | null;
  case_title: string;
  student_name: string;
  household_name: string;
  organization_name: string;
  commitment_description: string | null;
  commitment_due_on: string | null;
  promised_on: string | null;
  /** The school's first written answer to the request (for a family's "the school answered"). */
  answer_received_on: string | null;
  answer_outcome: string | null;
  answer_summary: string | null;
  answer_prior_written_notice: boolean | null;
  /** What the school committed to in that answer. */
  answer_commitments: Array<{ description: string; dueOn: string }> | null;
  /** The next school-facing follow-up still owed on the same item, if any. */
  next_follow_up_at: Date | null;
}

/** Messages to the family: in the guardians' languages, in a thread of their own. */
const FAMILY_KINDS = new Set<string>([
  FollowUpKind.GUARDIAN_UPDATE,
  FollowUpKind.GUARDIAN_OVERDUE,
  FollowUpKind.GUARDIAN_ANSWERED,
]);

const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));

/**
 * Gathers what a follow-up says and who it goes to, and renders it from the organization's
 * template (or the built-in one). Read inside the follow-up's organization.
 */
@Injectable()
export class FollowUpMessages {
  constructor(
    private readonly places: CasePlaces,
    private readonly policies: FollowUpPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Where the school's answer goes: the request's reply address, so the answer is captured,
   * filed under the request and shown to the advocate to classify (README "Mail in"); the
   * advocate (or the sending address) only for a request that has none.
   */
  private schoolReplyTo(row: FactsRow, advocateOrSender: string | null): string | null {
    return this.replyAddress(row) ?? advocateOrSender;
  }

  private replyAddress(row: FactsRow): string | null {
    return row.reply_token ? replyAddressOf(row.reply_token, this.config.inbound.domain) : null;
  }

  /** One follow-up's message (a preview, or a single send). */
  async prepare(
    scope: DataScope,
    followUp: FollowUp,
    now: Date,
    /** Words not yet saved, to preview: the message in their language only. */
    words?: { language: MessageLanguage; template: FollowUpTemplateText },
  ): Promise<PreparedFollowUp> {
    const place = await this.places.of(scope, followUp.caseId);
    const policy = await this.policies.get(scope);
    const [prepared] = await this.prepareMany(scope, [followUp], now, () => place, policy, words);
    if (!prepared) throw new Error(`follow-up ${followUp.id}: its request is gone`);
    return prepared;
  }

  /**
   * The messages of follow-ups of one organization, in a fixed number of queries whatever
   * their number (a worker sends them in batches). In the order given.
   */
  async prepareMany(
    scope: DataScope,
    followUps: readonly FollowUp[],
    now: Date,
    placeOf: (followUp: FollowUp) => CasePlace,
    policy: FollowUpPolicySettings,
    words?: { language: MessageLanguage; template: FollowUpTemplateText },
  ): Promise<PreparedFollowUp[]> {
    if (!followUps.length) return [];
    const facts = (await scope.manager.query(
      `SELECT f.id AS follow_up_id, r.subject, r.body, r.type, to_char(r.sent_on, 'YYYY-MM-DD') AS sent_on,
              to_char(r.received_on, 'YYYY-MM-DD') AS received_on, r.channel,
              to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.override_due_on IS NOT NULL AS overridden, r.override_reason,
              r.deadline, r.email_message_id, ra.token AS reply_token, c.title AS case_title, s.name AS student_name,
              fam.household_name, o.name AS organization_name,
              cm.description AS commitment_description,
              to_char(cm.due_on, 'YYYY-MM-DD') AS commitment_due_on,
              to_char(resp.received_on, 'YYYY-MM-DD') AS promised_on,
              to_char(answer.received_on, 'YYYY-MM-DD') AS answer_received_on,
              answer.outcome AS answer_outcome, answer.summary AS answer_summary,
              answer.prior_written_notice AS answer_prior_written_notice,
              answer_commitments.list AS answer_commitments,
              next_one.scheduled_at AS next_follow_up_at
         FROM follow_up f
         JOIN written_request r ON r.id = f.request_id
         JOIN case_record c ON c.id = r.case_id
         JOIN student s ON s.id = c.student_id
         JOIN family fam ON fam.id = c.family_id
         JOIN organization o ON o.id = r.organization_id
         LEFT JOIN request_reply_address ra
                ON ra.organization_id = r.organization_id AND ra.request_id = r.id
         LEFT JOIN commitment cm ON cm.id = f.commitment_id
         LEFT JOIN school_response resp ON resp.id = cm.response_id
         LEFT JOIN LATERAL (
              SELECT a.id, a.received_on, a.outcome, a.summary, a.prior_written_notice
                FROM school_response a
               WHERE a.organization_id = r.organization_id AND a.request_id = r.id
                 AND a.archived_at IS NULL
               ORDER BY a.created_at LIMIT 1) answer ON true
         LEFT JOIN LATERAL (
              SELECT json_agg(json_build_object('description', k.description,
                                                'dueOn', to_char(k.due_on, 'YYYY-MM-DD'))
                              ORDER BY k.due_on, k.created_at) AS list
                FROM commitment k
               WHERE k.organization_id = r.organization_id AND k.response_id = answer.id
                 AND k.archived_at IS NULL) answer_commitments ON true
         LEFT JOIN LATERAL (
              SELECT n.scheduled_at FROM follow_up n
               WHERE n.organization_id = f.organization_id AND n.item_key = f.item_key
                 AND n.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION')
                 -- Only what will go out by itself: a draft (or one waiting for an
                 -- approval) may never be sent, so the family is not told a day for it.
                 AND n.status IN ('PLANNED', 'QUEUED') AND NOT n.requires_approval
               ORDER BY n.scheduled_at LIMIT 1) next_one ON true
        WHERE f.id = ANY($1)`,
      [followUps.map((f) => f.id)],
    )) as Array<FactsRow & { follow_up_id: string }>;
    const advocatesByCase = await caseAdvocates(
      scope,
      followUps.map((f) => f.caseId),
    );
    const earlier = await this.earlierSchoolFacing(scope, followUps);
    const templates = await this.templates(scope);
    const languages = await this.languagesOf(scope, followUps);
    return followUps.flatMap((followUp) => {
      const row = facts.find((f) => f.follow_up_id === followUp.id);
      if (!row) return [];
      if (followUp.kind === FollowUpKind.REQUEST_LETTER)
        return [
          {
            ...composeRequestLetter(
              followUp,
              {
                subject: row.subject,
                body: row.body,
                organizationName: row.organization_name,
                caseTitle: row.case_title,
              },
              advocatesByCase.get(followUp.caseId) ?? [],
              policy.sendingAddress,
              (advocateOrSender) => this.schoolReplyTo(row, advocateOrSender),
            ),
            returnPath: this.replyAddress(row),
          },
        ];
      return [
        this.compose(followUp, row, {
          advocates: advocatesByCase.get(followUp.caseId) ?? [],
          earlier: earlier.filter(
            (e) =>
              e.itemKey === followUp.itemKey &&
              e.sequence <
                (followUp.kind === FollowUpKind.GUARDIAN_UPDATE
                  ? followUp.sequence + 1
                  : followUp.sequence),
          ),
          place: placeOf(followUp),
          policy,
          templates: words ? [words] : templates(followUp, languages(followUp)),
          now,
        }),
      ];
    });
  }

  private compose(
    followUp: FollowUp,
    row: FactsRow,
    context: {
      advocates: FollowUpRecipient[];
      earlier: FollowUp[];
      place: CasePlace;
      policy: FollowUpPolicySettings;
      templates: Array<{ language: MessageLanguage; template: FollowUpTemplateText }>;
      now: Date;
    },
  ): PreparedFollowUp {
    const { advocates, earlier, place, policy, templates, now } = context;
    const today = localDate(now, place.timeZone);
    const dueOn = row.commitment_due_on ?? row.due_on;
    const deadline = row.overridden || row.commitment_due_on ? null : row.deadline;
    const facts: FollowUpFacts = {
      organizationName: row.organization_name,
      advocateName: advocates[0]?.name ?? null,
      advocateEmail: advocates[0]?.email || null,
      studentName: row.student_name,
      schoolName: place.school?.name ?? null,
      districtName: place.district?.name ?? null,
      householdName: row.household_name,
      recipientNames: followUp.recipients.map((r) => r.name),
      earlierRecipientNames: [...new Set(earlier.flatMap((f) => f.recipients.map((r) => r.name)))],
      sequence: followUp.sequence,
      request: {
        subject: row.subject,
        // "OTHER" has no words of its own: the request's subject says what was asked.
        typeLabel: row.type === 'OTHER' ? row.subject : (REQUEST_TYPE_LABELS[row.type] ?? row.type),
        type: row.type,
        sentOn: row.sent_on,
        receivedOn: row.received_on,
        channel: row.channel,
      },
      commitment: row.commitment_description
        ? {
            description: row.commitment_description,
            dueOn: row.commitment_due_on ?? '',
            promisedOn: row.promised_on,
          }
        : null,
      deadline: {
        dueOn,
        ...ruleFacts(deadline),
        // A date typed by an advocate is said to be so, with the rule's own date beside it.
        setByHand:
          row.overridden && !row.commitment_due_on
            ? {
                reason: row.override_reason ?? '',
                ruleDueOn: row.deadline?.dueDate ?? null,
                ruleCitation: row.deadline?.citation ?? null,
              }
            : null,
      },
      daysOverdue: dueOn ? daysBetween(dueOn, today) : 0,
      respondBy: addSchoolDays(today, RESPOND_WITHIN_SCHOOL_DAYS, place),
      today,
      response:
        row.answer_received_on && row.answer_outcome && !row.commitment_description
          ? {
              receivedOn: row.answer_received_on,
              outcome: row.answer_outcome,
              summary: row.answer_summary || null,
              daysLate: dueOn ? daysBetween(dueOn, row.answer_received_on) : 0,
              stall: stallOf(
                row.type,
                row.answer_outcome as ResponseOutcome,
                row.answer_prior_written_notice ?? false,
              ),
              commitments: row.answer_commitments ?? [],
            }
          : null,
      followUpPlannedOn: row.next_follow_up_at
        ? localDate(row.next_follow_up_at, place.timeZone)
        : null,
    };
    // An advocate's edit of a draft is in the words (and language) they wrote it in.
    const [first] = templates;
    const rendered = renderForLanguages(
      first && (followUp.editedSubject || followUp.editedBody)
        ? [
            {
              language: first.language,
              template: {
                subject: followUp.editedSubject ?? first.template.subject,
                body: followUp.editedBody ?? first.template.body,
              },
            },
          ]
        : templates,
      facts,
    );
    // School-facing messages continue the thread of the request (if it went by email) and
    // of the follow-ups before them; a message to the family starts its own.
    const thread = FAMILY_KINDS.has(followUp.kind)
      ? []
      : [
          ...(row.email_message_id ? [row.email_message_id] : []),
          ...earlier.flatMap((f) => (f.messageId ? [f.messageId] : [])),
        ];
    return {
      // To the school: "Re: <the request's subject>", so clients that group by subject thread
      // it under the request — unless an advocate wrote this draft's subject themselves.
      subject:
        !FAMILY_KINDS.has(followUp.kind) && !followUp.editedSubject && row.subject.trim()
          ? replySubject(row.subject)
          : rendered.subject,
      text: rendered.text,
      html: rendered.html,
      from: { name: row.organization_name, address: policy.sendingAddress },
      to: followUp.recipients.map((r) => r.email),
      cc: followUp.cc.map((r) => r.email).filter(Boolean),
      // The family's replies and the advocates' reminders go to the advocate; what the
      // school answers is captured too.
      replyTo:
        FAMILY_KINDS.has(followUp.kind) || followUp.kind === FollowUpKind.ADVOCATE_REMINDER
          ? (advocates[0]?.email ?? policy.sendingAddress)
          : this.schoolReplyTo(row, advocates[0]?.email ?? policy.sendingAddress),
      returnPath:
        FAMILY_KINDS.has(followUp.kind) || followUp.kind === FollowUpKind.ADVOCATE_REMINDER
          ? null
          : this.replyAddress(row),
      inReplyTo: thread[thread.length - 1] ?? null,
      references: thread,
      advocates,
      caseTitle: row.case_title,
      what: row.commitment_description
        ? `Commitment: ${row.commitment_description}`
        : `Request: ${row.subject}`,
    };
  }

  /**
   * The words for a follow-up in each language asked for: the organization's own in that
   * language, else the built-in one in it, else (no template in that language) English.
   */
  private async templates(
    scope: DataScope,
  ): Promise<
    (
      followUp: FollowUp,
      languages: MessageLanguage[],
    ) => Array<{ language: MessageLanguage; template: FollowUpTemplateText }>
  > {
    const saved = await scope.manager.find(FollowUpTemplate);
    return (followUp, languages) => {
      const kind = followUp.kind as FollowUpTemplateKind;
      return languages.map((language) => {
        const own = saved.find((t) => t.kind === kind && t.language === language);
        return own ? { language, template: own } : defaultFollowUpTemplate(kind, language);
      });
    };
  }

  /**
   * The languages a follow-up is written in: for the family, each guardian's preferred one
   * (as it is now), in the order of the recipients; for schools, English.
   */
  private async languagesOf(
    scope: DataScope,
    followUps: readonly FollowUp[],
  ): Promise<(followUp: FollowUp) => MessageLanguage[]> {
    const ids = followUps.flatMap((f) =>
      FAMILY_KINDS.has(f.kind)
        ? f.recipients.flatMap((r) => (r.guardianId ? [r.guardianId] : []))
        : [],
    );
    const guardians = ids.length
      ? await scope.manager.findBy(Guardian, { id: In([...new Set(ids)]) })
      : [];
    const languageOf = new Map(guardians.map((g) => [g.id, messageLanguage(g.preferredLanguage)]));
    return (followUp) => {
      if (!FAMILY_KINDS.has(followUp.kind)) return ['en'];
      const wanted = followUp.recipients.map((r) => languageOf.get(r.guardianId ?? '') ?? 'en');
      return wanted.length ? [...new Set(wanted)] : ['en'];
    };
  }

  /**
   * The school-facing messages sent on the same items before these, oldest first (a
   * guardian's update reports the one with its own number).
   */
  private async earlierSchoolFacing(
    scope: DataScope,
    followUps: readonly FollowUp[],
  ): Promise<FollowUp[]> {
    const items = followUps
      .filter((f) => f.sequence > 1 || f.kind === FollowUpKind.GUARDIAN_UPDATE)
      .map((f) => f.itemKey);
    if (!items.length) return [];
    return scope.manager.find(FollowUp, {
      where: {
        itemKey: In([...new Set(items)]),
        kind: In([FollowUpKind.SCHOOL_FOLLOW_UP, FollowUpKind.ESCALATION]),
        status: FollowUpStatus.SENT,
      },
      order: { sequence: 'ASC' },
    });
  }
}

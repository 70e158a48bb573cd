import { Injectable } from '@nestjs/common';
import { type DataScope, findRecord, isUuid } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict, type FieldProblem } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { In } from 'typeorm';
import { CasePlaces } from '@onrecord/cases';
import { SchoolContact } from '@onrecord/directory';
import {
  FollowUpKind,
  FollowUpStatus,
  FollowUpSubject,
  PENDING_STATUSES,
} from '../model/follow-up-enums';
import { FollowUp, type FollowUpRecipient } from '../model/follow-up.entity';
import type {
  EditFollowUpDraftInput,
  FollowUpsArgs,
  FollowUpTemplateInput,
  FollowUpTemplatePreviewInput,
} from './follow-up.inputs';
import type {
  FollowUpObject,
  FollowUpPreviewObject,
  FollowUpRecipientObject,
  FollowUpTemplateObject,
} from './follow-up.objects';
import { FollowUpMessages } from '../messages/follow-up-messages.service';
import { FollowUpScheduler } from '../planning/follow-up-scheduler';
import { isSchoolFacing } from '../planning/follow-up-plan';
import { FollowUpTemplate } from '../messages/follow-up-template.entity';
import {
  DEFAULT_FOLLOW_UP_TEMPLATES,
  defaultFollowUpTemplate,
} from '../messages/default-templates';
import { followUpTemplateProblems } from '../messages/merge-fields';
import type { FollowUpTemplateKind, FollowUpTemplateText } from '../messages/message-facts';
import type { MessageLanguage } from '../messages/message-language';

const TEMPLATE_KINDS: FollowUpTemplateKind[] = [
  'SCHOOL_FOLLOW_UP',
  'ESCALATION',
  'GUARDIAN_UPDATE',
  'GUARDIAN_OVERDUE',
  'GUARDIAN_ANSWERED',
];

/** The languages a kind is written in: those of its built-in templates. */
const languagesOf = (kind: FollowUpTemplateKind): MessageLanguage[] =>
  Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES[kind]) as MessageLanguage[];

const toRecipient = (r: FollowUpRecipient): FollowUpRecipientObject => ({
  name: r.name,
  email: r.email,
  contactId: r.contactId ?? null,
  guardianId: r.guardianId ?? null,
  userId: r.userId ?? null,
});

export function toFollowUp(row: FollowUp): FollowUpObject {
  return {
    id: row.id,
    caseId: row.caseId,
    requestId: row.requestId,
    commitmentId: row.commitmentId,
    about: row.commitmentId ? FollowUpSubject.COMMITMENT : FollowUpSubject.REQUEST,
    kind: row.kind,
    sequence: row.sequence,
    status: row.status,
    recipients: row.recipients.map(toRecipient),
    cc: row.cc.map(toRecipient),
    scheduledAt: row.scheduledAt,
    requiresApproval: row.requiresApproval,
    attempts: row.attempts,
    messageId: row.messageId,
    sentAt: row.sentAt,
    lastError: row.lastError,
    cancelledReason: row.cancelledReason,
    subject: row.sentSubject ?? row.editedSubject,
    body: row.sentBody ?? row.editedBody,
    approvedAt: row.approvedAt,
    approvedByUserId: row.approvedByUserId,
  };
}

/** The advocates' side of follow-ups: the list, the drafts to approve, the templates. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly messages: FollowUpMessages,
    private readonly scheduler: FollowUpScheduler,
    private readonly places: CasePlaces,
  ) {}

  get(scope: DataScope, id: string): Promise<FollowUp> {
    return findRecord(scope, FollowUp, id, 'Follow-up');
  }

  /** By scheduled time, soonest first (the queue an advocate works through). */
  async list(
    scope: DataScope,
    args: FollowUpsArgs,
    membershipId?: string,
  ): Promise<Connection<FollowUpObject>> {
    const filter = args.filter ?? {};
    const query = scope.manager
      .createQueryBuilder(FollowUp, 'f')
      .orderBy('f.scheduled_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(args.first + 1);
    if (filter.caseId) query.andWhere('f.case_id::text = :caseId', { caseId: filter.caseId });
    if (filter.requestId)
      query.andWhere('f.request_id::text = :requestId', { requestId: filter.requestId });
    if (filter.status?.length)
      query.andWhere('f.status IN (:...status)', { status: filter.status });
    if (filter.kind?.length) query.andWhere('f.kind IN (:...kind)', { kind: filter.kind });
    // "Mine": cases the asking member is assigned to (the member comes from the session).
    if (filter.assignedToMe)
      query.andWhere(
        'EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = f.case_id AND a.membership_id = :membershipId)',
        { membershipId },
      );
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere('(f.scheduled_at, f.id) > (:at, :id)', {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (f) => f.scheduledAt.toISOString(), toFollowUp);
  }

  /**
   * Changes the words of a school-facing follow-up not yet sent (merge fields allowed, as in
   * the templates); it goes out with them.
   */
  async editDraft(scope: DataScope, id: string, input: EditFollowUpDraftInput): Promise<FollowUp> {
    const row = await this.pending(scope, id, 'edited');
    if (row.kind === FollowUpKind.ADVOCATE_REMINDER)
      throw conflict('A reminder to advocates goes out in their digest: it has no words to edit.');
    const problems: FieldProblem[] = [];
    for (const field of ['subject', 'body'] as const) {
      const text = input[field];
      if (text)
        for (const message of followUpTemplateProblems(text)) problems.push({ field, message });
    }
    if (problems.length) throw badUserInput(problems);
    if (input.subject) row.editedSubject = input.subject;
    if (input.body) row.editedBody = input.body;
    return scope.manager.save(row);
  }

  /** An advocate approves a draft: it goes out now (or when the sending window opens). */
  async approve(scope: DataScope, principal: MemberPrincipal, id: string): Promise<FollowUp> {
    const row = await this.get(scope, id);
    if (row.status !== FollowUpStatus.DRAFT)
      throw conflict(`Only a DRAFT can be approved; this follow-up is ${row.status}.`);
    row.approvedAt = new Date();
    row.approvedByUserId = principal.userId;
    row.status = FollowUpStatus.PLANNED;
    row.scheduledAt = new Date(Math.max(Date.now(), row.scheduledAt.getTime()));
    const saved = await scope.manager.save(row);
    this.scheduler.queueAfterCommit(scope, [saved]);
    return saved;
  }

  /**
   * A FAILED follow-up goes out again: now (or when the sending window opens), by the same
   * path as an approved draft — PLANNED, queued after the commit, claimed and sent by the
   * worker, which sends it at most once (its Message-ID is the same as before). With
   * `recipientContactIds`, to those school contacts instead (staff of the student's school, or
   * district-wide staff of its district, with an email address on file).
   */
  async retry(
    scope: DataScope,
    principal: MemberPrincipal,
    id: string,
    recipientContactIds: readonly string[] | null | undefined,
  ): Promise<FollowUp> {
    await this.get(scope, id);
    // Locked: two people retrying at once, the second finds it no longer FAILED.
    const row = await scope.manager.findOneOrFail(FollowUp, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (row.status !== FollowUpStatus.FAILED)
      throw conflict(`Only a FAILED follow-up can be sent again; this follow-up is ${row.status}.`);
    if (recipientContactIds)
      row.recipients = await this.schoolRecipients(scope, row, recipientContactIds);
    if (row.requiresApproval && !row.approvedAt) {
      row.approvedAt = new Date();
      row.approvedByUserId = principal.userId;
    }
    row.status = FollowUpStatus.PLANNED;
    row.scheduledAt = new Date();
    row.lastError = null;
    row.leaseUntil = null;
    row.queuedAt = null;
    const saved = await scope.manager.save(row);
    this.scheduler.queueAfterCommit(scope, [saved]);
    return saved;
  }

  /** The school contacts a school-facing follow-up may go to instead, checked one by one. */
  private async schoolRecipients(
    scope: DataScope,
    row: FollowUp,
    contactIds: readonly string[],
  ): Promise<FollowUpRecipient[]> {
    const field = 'recipientContactIds';
    if (!isSchoolFacing(row.kind) && row.kind !== FollowUpKind.REQUEST_LETTER)
      throw badUserInput([
        { field, message: 'a message to the family goes to its guardians, not to school contacts' },
      ]);
    if (!contactIds.length)
      throw badUserInput([{ field, message: 'choose at least one school contact' }]);
    const { school, district } = await this.places.of(scope, row.caseId);
    if (!school || !district)
      throw badUserInput([
        { field, message: "the student has no school on file: set the student's school first" },
      ]);
    const valid = contactIds.filter(isUuid);
    const contacts = valid.length
      ? await scope.manager.findBy(SchoolContact, { id: In(valid) })
      : [];
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const problems: FieldProblem[] = [];
    contactIds.forEach((contactId, index) => {
      const at = `${field}.${index}`;
      const contact = byId.get(contactId);
      const earlier = contactIds.indexOf(contactId);
      if (!contact)
        problems.push({ field: at, message: 'names no school contact of your organization' });
      else if (earlier < index)
        problems.push({ field: at, message: `lists ${contact.name} again` });
      else if (contact.archivedAt)
        problems.push({ field: at, message: `names ${contact.name}, who is archived` });
      else if (
        contact.districtId !== district.id ||
        (contact.schoolId !== null && contact.schoolId !== school.id)
      )
        problems.push({
          field: at,
          message: `${contact.name} is not staff of ${school.name} nor district-wide staff of its district`,
        });
      else if (!contact.email?.trim())
        problems.push({ field: at, message: `${contact.name} has no email address on file` });
    });
    if (problems.length) throw badUserInput(problems);
    // Every id names a contact here (checked above).
    return contacts
      .sort((a, b) => contactIds.indexOf(a.id) - contactIds.indexOf(b.id))
      .map((contact) => ({
        name: contact.name,
        email: contact.email ?? '',
        contactId: contact.id,
        chosenByHand: true,
      }));
  }

  /** Nothing is sent; a replan never brings it back. */
  async discard(
    scope: DataScope,
    principal: MemberPrincipal,
    id: string,
    reason: string | null | undefined,
  ): Promise<FollowUp> {
    const row = await this.pending(scope, id, 'discarded');
    row.status = FollowUpStatus.CANCELLED;
    row.discardedByUserId = principal.userId;
    row.cancelledReason = `Discarded by an advocate${reason?.trim() ? `: ${reason.trim()}` : '.'}`;
    row.queuedAt = null;
    return scope.manager.save(row);
  }

  /**
   * The message as it would go out now; with `words`, as it would with those words (of its
   * kind, not yet saved) in their language.
   */
  async preview(
    scope: DataScope,
    id: string,
    words?: FollowUpTemplatePreviewInput | null,
  ): Promise<FollowUpPreviewObject> {
    const row = await this.get(scope, id);
    if (row.kind === FollowUpKind.ADVOCATE_REMINDER)
      throw conflict('A reminder to advocates goes out in their daily digest.');
    let unsaved: { language: MessageLanguage; template: FollowUpTemplateText } | undefined;
    if (words) {
      const language = this.templateLanguage(this.templateKind(row.kind), words.language);
      const problems: FieldProblem[] = [];
      for (const field of ['subject', 'body'] as const)
        for (const message of followUpTemplateProblems(words[field]))
          problems.push({ field: `template.${field}`, message });
      if (problems.length) throw badUserInput(problems);
      unsaved = { language, template: { subject: words.subject, body: words.body } };
    }
    const message = await this.messages.prepare(scope, row, new Date(), unsaved);
    return {
      subject: message.subject,
      text: message.text,
      html: message.html,
      to: message.to,
      cc: message.cc,
      replyTo: message.replyTo,
    };
  }

  /** Every kind in every language it is written in: the organization's words or the built-in. */
  async templates(scope: DataScope): Promise<FollowUpTemplateObject[]> {
    const saved = await scope.manager.find(FollowUpTemplate);
    return TEMPLATE_KINDS.flatMap((kind) =>
      languagesOf(kind).map((language) => {
        const own = saved.find((t) => t.kind === kind && t.language === language);
        const builtIn = defaultFollowUpTemplate(kind, language).template;
        return {
          kind: kind as FollowUpKind,
          language,
          subject: own?.subject ?? builtIn.subject,
          body: own?.body ?? builtIn.body,
          customized: Boolean(own),
        };
      }),
    );
  }

  async saveTemplate(
    scope: DataScope,
    kind: FollowUpKind,
    language: string,
    input: FollowUpTemplateInput,
  ): Promise<FollowUpTemplateObject> {
    const organizationId = scope.organizationId;
    const templateKind = this.templateKind(kind);
    const lang = this.templateLanguage(templateKind, language);
    const problems: FieldProblem[] = [];
    for (const field of ['subject', 'body'] as const)
      for (const message of followUpTemplateProblems(input[field]))
        problems.push({ field, message });
    if (problems.length) throw badUserInput(problems);
    const row =
      (await scope.manager.findOneBy(FollowUpTemplate, { kind: templateKind, language: lang })) ??
      scope.manager.create(FollowUpTemplate, {
        organizationId,
        kind: templateKind,
        language: lang,
      });
    row.subject = input.subject;
    row.body = input.body;
    await scope.manager.save(row);
    return { kind, language: lang, subject: row.subject, body: row.body, customized: true };
  }

  async resetTemplate(
    scope: DataScope,
    kind: FollowUpKind,
    language: string,
  ): Promise<FollowUpTemplateObject> {
    const templateKind = this.templateKind(kind);
    const lang = this.templateLanguage(templateKind, language);
    const row = await scope.manager.findOneBy(FollowUpTemplate, {
      kind: templateKind,
      language: lang,
    });
    if (row) await scope.manager.remove(row);
    const builtIn = defaultFollowUpTemplate(templateKind, lang).template;
    return { kind, language: lang, ...builtIn, customized: false };
  }

  /** The organization's follow-ups by status, and how many are due but not sent. */
  async counts(scope: DataScope): Promise<{
    byStatus: Array<{ status: FollowUpStatus; count: number }>;
    overdue: number;
  }> {
    const rows: Array<{ status: FollowUpStatus; count: string; overdue: string }> =
      await scope.manager.query(
        `SELECT status, count(*) AS count,
                count(*) FILTER (WHERE status IN ('PLANNED', 'QUEUED', 'SENDING')
                                   AND kind <> 'ADVOCATE_REMINDER'
                                   AND scheduled_at < now() - interval '5 minutes') AS overdue
           FROM follow_up GROUP BY status`,
      );
    return {
      byStatus: Object.values(FollowUpStatus).map((status) => ({
        status,
        count: Number(rows.find((r) => r.status === status)?.count ?? 0),
      })),
      overdue: rows.reduce((sum, r) => sum + Number(r.overdue), 0),
    };
  }

  private templateKind(kind: FollowUpKind): FollowUpTemplateKind {
    if (!(TEMPLATE_KINDS as string[]).includes(kind))
      throw badUserInput([
        {
          field: 'kind',
          message:
            'must be SCHOOL_FOLLOW_UP, ESCALATION, GUARDIAN_UPDATE, GUARDIAN_OVERDUE or GUARDIAN_ANSWERED (reminders go out in the digest)',
        },
      ]);
    return kind as FollowUpTemplateKind;
  }

  private templateLanguage(kind: FollowUpTemplateKind, language: string): MessageLanguage {
    const allowed = languagesOf(kind);
    if (!(allowed as string[]).includes(language))
      throw badUserInput([
        {
          field: 'language',
          message: `must be ${allowed.join(' or ')} for ${kind} (messages to schools are in English; to families in their language)`,
        },
      ]);
    return language as MessageLanguage;
  }

  private async pending(scope: DataScope, id: string, what: string): Promise<FollowUp> {
    const row = await this.get(scope, id);
    if (!PENDING_STATUSES.includes(row.status))
      throw conflict(
        `This follow-up is ${row.status}: only one not yet sent (PLANNED, QUEUED or DRAFT) can be ${what}.`,
      );
    return row;
  }
}

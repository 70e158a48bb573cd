import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Case, CaseStatusChanges, endsCase } from '@onrecord/cases';
import { Guardian } from '@onrecord/families';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { JobProducer } from '@onrecord/platform/queue';
import type { MemberPrincipal } from '@onrecord/platform/request';
import { messageLanguage } from '@onrecord/words';
import { ParentSurveyInvitation } from './parent-survey-invitation.entity';
import { ParentSurveyReason } from './parent-survey.enums';
import { ParentSurveyService } from './parent-survey.service';

/**
 * Who gets the parent survey: each guardian of the case's family with an email, once per
 * case, in their language — when the case ends (if the organization says so) or when a member
 * sends it. The invitations are written in the transaction that decided them; the emails go
 * out from the worker once it commits (send-parent-surveys).
 */
@Injectable()
export class ParentSurveyInvitations implements OnModuleInit {
  constructor(
    private readonly statusChanges: CaseStatusChanges,
    private readonly surveys: ParentSurveyService,
    private readonly jobs: JobProducer,
  ) {}

  onModuleInit(): void {
    this.statusChanges.onChange(async (scope, { record, from, to }) => {
      // RESOLVED then CLOSED is one ending; a case reopened and ended again finds its
      // guardians already invited.
      if (!endsCase(to) || endsCase(from)) return;
      if (!(await this.surveys.sendsWhenCaseEnds(scope))) return;
      await this.invite(scope, record, ParentSurveyReason.CASE_ENDED, null);
    });
  }

  /** A member sends the survey of a case now, to the guardians not offered it yet. */
  async sendByHand(
    scope: DataScope,
    principal: MemberPrincipal,
    caseId: string,
  ): Promise<ParentSurveyInvitation[]> {
    const record = await findRecord(scope, Case, caseId, 'Case');
    if ((await this.reachable(scope, record)).length === 0)
      throw badUserInput([
        {
          field: 'caseId',
          message:
            'is the case of a family with no guardian who has an email address: add one to a guardian first',
        },
      ]);
    const made = await this.invite(scope, record, ParentSurveyReason.BY_HAND, principal.userId);
    if (made.length === 0)
      throw conflict(
        'Every guardian of this case with an email address has already been offered its survey (once per case).',
      );
    return made;
  }

  /** The invitations of a case, oldest first. */
  ofCase(scope: DataScope, caseId: string): Promise<ParentSurveyInvitation[]> {
    return scope.manager.find(ParentSurveyInvitation, {
      where: { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async invite(
    scope: DataScope,
    record: Case,
    reason: ParentSurveyReason,
    requestedByUserId: string | null,
  ): Promise<ParentSurveyInvitation[]> {
    const guardians = await this.reachable(scope, record);
    if (guardians.length === 0) return [];
    // Saved now, so every answer points at the organization's own question rows.
    await this.surveys.ensure(scope);
    const made: ParentSurveyInvitation[] = [];
    for (const guardian of guardians) {
      const inserted = (await scope.manager.query(
        `INSERT INTO parent_survey_invitation
           (organization_id, case_id, guardian_id, email, language, reason, requested_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, case_id, guardian_id) DO NOTHING RETURNING id`,
        [
          scope.organizationId,
          record.id,
          guardian.id,
          (guardian.email ?? '').trim().toLowerCase(),
          messageLanguage(guardian.preferredLanguage),
          reason,
          requestedByUserId,
        ],
      )) as Array<{ id: string }>;
      if (inserted[0])
        made.push(
          await scope.manager.findOneByOrFail(ParentSurveyInvitation, { id: inserted[0].id }),
        );
    }
    if (made.length > 0)
      this.jobs.enqueueAfterCommit(scope, 'send-parent-surveys', {
        organizationId: scope.organizationId,
        caseId: record.id,
      });
    return made;
  }

  /** The family's guardians the survey can reach: on file (not archived), with an email. */
  private async reachable(scope: DataScope, record: Case): Promise<Guardian[]> {
    const guardians = await scope.manager.find(Guardian, {
      where: { familyId: record.familyId, archivedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return guardians.filter((g) => (g.email ?? '').trim() !== '');
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { hashToken } from '@onrecord/accounts';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CrossOrganizationAccess, DataScopes, type DataScope } from '@onrecord/platform/database';
import { MailService } from '@onrecord/platform/mail';
import { JobProducer } from '@onrecord/platform/queue';
import { messageLanguage } from '@onrecord/words';
import { newSurveySecret, SURVEY_LINK_DAYS } from './parent-survey-link';
import { renderParentSurveyInvitation } from './parent-survey-message';
import { ParentSurveyService } from './parent-survey.service';

/** An invitation is owed this long before the sweep takes it for one whose job was lost. */
const SWEEP_AFTER_MS = 60_000;

interface OwedInvitation {
  id: string;
  email: string;
  language: string;
  guardian_name: string;
  student_name: string | null;
  organization_name: string;
}

/**
 * The worker's half of the parent survey: emails each owed invitation of a case, once. Each
 * in a transaction of its own that locks the invitation, makes the link's secret, sends, and
 * records the send with the secret's hash; a send that fails rolls back and the invitation
 * stays owed for the sweep. The Message-ID comes from the invitation's id, so a send repeated
 * after a crash between the server's answer and the commit is the same message to the server.
 */
@Injectable()
export class ParentSurveySender {
  private readonly logger = new Logger(ParentSurveySender.name);

  constructor(
    private readonly scopes: DataScopes,
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly mail: MailService,
    private readonly jobs: JobProducer,
    private readonly surveys: ParentSurveyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the case's owed invitations; says how many went and how many failed. */
  async sendForCase(
    organizationId: string,
    caseId: string,
  ): Promise<{ sent: number; failed: number }> {
    const ids = await this.scopes.run({ organizationId }, undefined, async (scope) =>
      (
        (await scope.manager.query(
          `SELECT id FROM parent_survey_invitation WHERE case_id = $1 AND sent_at IS NULL ORDER BY created_at, id`,
          [caseId],
        )) as Array<{ id: string }>
      ).map((row) => row.id),
    );
    let sent = 0;
    let failed = 0;
    for (const id of ids) {
      try {
        const went = await this.scopes.run(
          { organizationId },
          { action: 'send-parent-survey' },
          (scope) => this.sendOne(scope, id),
        );
        if (went) sent += 1;
      } catch (error) {
        failed += 1;
        this.logger.error(
          { err: error, organizationId, invitationId: id },
          'parent survey not sent; the sweep will try again',
        );
      }
    }
    return { sent, failed };
  }

  /**
   * Queues a send for every case with an invitation owed for a while (its job lost, or its
   * send failed), in every organization: ids only, through the named sweep lookup.
   */
  async sweep(): Promise<number> {
    const owed = await this.crossOrganization.run(
      'parent-survey-sweep',
      { lookup: { sweep: 'parent-surveys' } },
      undefined,
      async (scope) =>
        (await scope.manager.query(
          `SELECT DISTINCT organization_id, case_id FROM parent_survey_invitation
            WHERE sent_at IS NULL AND created_at < now() - make_interval(secs => $1)`,
          [SWEEP_AFTER_MS / 1000],
        )) as Array<{ organization_id: string; case_id: string }>,
    );
    for (const row of owed)
      await this.jobs.enqueue('send-parent-surveys', {
        organizationId: row.organization_id,
        caseId: row.case_id,
      });
    return owed.length;
  }

  private async sendOne(scope: DataScope, id: string): Promise<boolean> {
    const [owed] = (await scope.manager.query(
      `SELECT i.id, i.email, i.language, g.name AS guardian_name, s.name AS student_name,
              o.name AS organization_name
         FROM parent_survey_invitation i
         JOIN guardian g ON g.organization_id = i.organization_id AND g.id = i.guardian_id
         JOIN case_record c ON c.organization_id = i.organization_id AND c.id = i.case_id
         LEFT JOIN student s ON s.organization_id = c.organization_id AND s.id = c.student_id
         JOIN organization o ON o.id = i.organization_id
        WHERE i.id = $1 AND i.sent_at IS NULL
        FOR UPDATE OF i SKIP LOCKED`,
      [id],
    )) as OwedInvitation[];
    // Sent meanwhile, or another worker is sending it now.
    if (!owed) return false;
    const secret = newSurveySecret();
    const sentAt = new Date();
    const expiresAt = new Date(sentAt.getTime() + SURVEY_LINK_DAYS * 86_400_000);
    const message = renderParentSurveyInvitation(
      {
        guardianName: owed.guardian_name,
        organizationName: owed.organization_name,
        studentName: owed.student_name,
        link: `${this.config.publicUrl}/portal/survey?token=${encodeURIComponent(secret)}`,
        questionCount: (await this.surveys.questions(scope)).length,
        daysValid: SURVEY_LINK_DAYS,
      },
      messageLanguage(owed.language),
    );
    await this.mail.send({
      to: owed.email,
      from: { name: owed.organization_name },
      ...message,
      idempotencyKey: `parent-survey/${owed.id}`,
    });
    await scope.manager.query(
      `UPDATE parent_survey_invitation SET token_hash = $2, sent_at = $3, expires_at = $4, updated_at = now()
        WHERE id = $1`,
      [owed.id, hashToken(secret), sentAt, expiresAt],
    );
    return true;
  }
}

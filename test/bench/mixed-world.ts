import { Client } from 'pg';
import { superuserQuery } from '@onrecord/platform/database/testing';
import type { SmtpSink } from '@onrecord/platform/mail/testing';
import { ApiClient, joinAs } from '@onrecord/platform/testing';
import { followUpOrganization, type FollowUpOrganization } from '@onrecord/test-fixtures';
import { generateOrganizationRecords } from './report-data';

/** One organization of the mixed benchmark and everyone who uses it. */
export interface MixedOrganization {
  /** Its admin, who is the advocate of all its cases (the fixture's case and the generated ones). */
  followUps: FollowUpOrganization;
  /** The advocate's open cases, for the case page. */
  openCaseIds: string[];
  /** The fixture case's student, whose attendance the advocate records. */
  studentId: string;
  /** The fixture case's guardian, signed in to the family portal. */
  portal: ApiClient;
  /** A member with the ANALYST role, who reads the outcome report. */
  analyst: ApiClient;
}

/**
 * `count` organizations, each made through the api as a person would (its admin, a school
 * with its contacts and escalation chain, a family with a guardian and a student, an open
 * case, a policy that sends at any hour: libs/test-fixtures), then given `cases` more cases
 * of the same advocate with four written requests each over two school years
 * (report-data.ts: a realistic caseload and something for the report to count), a guardian
 * signed in to the portal with the link emailed to them, and an analyst.
 */
export async function seedMixedWorld(
  apiUrl: string,
  adminUrl: string,
  sink: SmtpSink,
  count: number,
  cases: number,
): Promise<MixedOrganization[]> {
  const anonymous = new ApiClient(apiUrl);
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const organizations: MixedOrganization[] = [];
    for (let i = 0; i < count; i++) {
      const followUps = await followUpOrganization(apiUrl, adminUrl, `mixed${i}`);
      const { organizationId } = followUps;
      const [membership] = await superuserQuery<{ id: string }>(
        adminUrl,
        'SELECT id FROM membership WHERE organization_id = $1',
        [organizationId],
      );
      if (!membership) throw new Error(`organization ${i} has no member`);
      await generateOrganizationRecords(db, organizationId, membership.id, cases, 4);
      const open = await db.query<{ id: string }>(
        `SELECT id FROM case_record WHERE organization_id = $1 AND status IN ('ACTIVE', 'ON_HOLD')`,
        [organizationId],
      );
      const [fixtureCase] = (
        await db.query<{ student_id: string }>('SELECT student_id FROM case_record WHERE id = $1', [
          followUps.caseId,
        ])
      ).rows;
      if (!fixtureCase) throw new Error(`organization ${i} lost its case`);
      organizations.push({
        followUps,
        openCaseIds: open.rows.map((row) => row.id),
        studentId: fixtureCase.student_id,
        portal: anonymous.as(await portalSession(adminUrl, anonymous, followUps, sink)),
        analyst: anonymous.as(
          (await joinAs(anonymous, adminUrl, `mixed-analyst${i}`, organizationId, 'ANALYST'))
            .accessToken,
        ),
      });
    }
    // Statistics for the generated rows, as autovacuum would have them by morning.
    await db.query('VACUUM ANALYZE');
    return organizations;
  } finally {
    await db.end();
  }
}

/** The fixture's guardian invited to the portal and signed in with the link they were emailed. */
async function portalSession(
  adminUrl: string,
  anonymous: ApiClient,
  organization: FollowUpOrganization,
  sink: SmtpSink,
): Promise<string> {
  const email = organization.guardianEmail;
  // The fixture made one guardian with this address.
  const [guardian] = await superuserQuery<{ id: string }>(
    adminUrl,
    'SELECT id FROM guardian WHERE email = $1',
    [email],
  );
  const guardianId = guardian?.id;
  if (!guardianId) throw new Error(`no guardian with ${email}`);
  await organization.client.data(
    'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }',
    { id: guardianId },
  );
  const before = sink.received.length;
  await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
    e: email,
  });
  const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(email), before, 30_000);
  const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')?.[1];
  if (!token) throw new Error(`the sign-in email to ${email} has no link`);
  const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
    'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
    { t: token },
  );
  return signInToPortal.token;
}

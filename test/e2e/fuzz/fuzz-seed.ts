import type { SmtpSink } from '@onrecord/platform/mail/testing';
import type { ApiClient, TestAuth } from '@onrecord/platform/testing';
import { captureReply, createOrganizationRecords } from '../organization-records';
import type { SeedIds } from './fuzz-values';

/**
 * The organization the fuzz test works in: one record of every kind, made by its admin
 * through GraphQL, and a guardian signed in to the family portal. Returns the ids by the
 * GraphQL type each names, and the guardian's portal token.
 */
export async function seedFuzzOrganization(
  anonymous: ApiClient,
  admin: ApiClient,
  auth: TestAuth,
  sink: SmtpSink,
): Promise<{ ids: SeedIds; portalToken: string }> {
  const records = await createOrganizationRecords(admin, 'Fuzz', 'Fuzz tag');
  const { members } = await admin.data<{ members: { edges: Array<{ node: { id: string } }> } }>(
    '{ members { edges { node { id } } } }',
  );
  const { inviteMember } = await admin.data<{ inviteMember: { id: string } }>(
    'mutation { inviteMember(input: { email: "fuzz-invitee@example.org", role: ADVOCATE }) { id } }',
  );
  const { createReportingApiKey } = await admin.data<{
    createReportingApiKey: { apiKey: { id: string } };
  }>('mutation { createReportingApiKey(name: "Fuzz dashboard") { apiKey { id } } }');
  const { requestSystemCheck } = await admin.data<{ requestSystemCheck: { id: string } }>(
    'mutation { requestSystemCheck { id } }',
  );
  const { deadlineRules } = await admin.data<{ deadlineRules: Array<{ id: string }> }>(
    '{ deadlineRules { id } }',
  );
  const ids: SeedIds = {
    District: records.districtId,
    SchoolYear: records.schoolYearId,
    School: records.schoolId,
    SchoolContact: records.contactId,
    Family: records.familyId,
    Guardian: records.guardianId,
    Student: records.studentId,
    Case: records.caseId,
    CaseNote: records.caseNoteId,
    Support: records.supportId,
    ObservationTag: records.observationTagId,
    AttendanceEntry: records.attendanceEntryId,
    WrittenRequest: records.writtenRequestId,
    SchoolResponse: records.schoolResponseId,
    Commitment: records.commitmentId,
    FollowUp: records.followUpId,
    Meeting: records.meetingId,
    MeetingTask: records.concernsTaskId,
    Member: members.edges[0]!.node.id,
    Invitation: inviteMember.id,
    ReportingApiKey: createReportingApiKey.apiKey.id,
    SystemCheck: requestSystemCheck.id,
    Organization: auth.activeOrganization!.id,
    User: auth.user.id,
    DeadlineRule: deadlineRules[0]!.id,
    InboundMessage: await captureReply(admin, records.writtenRequestId, 'Fuzz'),
  };
  return { ids, portalToken: await portalSession(anonymous, admin, records.guardianId, sink) };
}

/** The guardian, given an email and invited to the portal, signed in with an emailed link. */
async function portalSession(
  anonymous: ApiClient,
  admin: ApiClient,
  guardianId: string,
  sink: SmtpSink,
): Promise<string> {
  const email = 'fuzz.parent@family.example.org';
  await admin.data(
    'mutation ($id: ID!, $e: String) { updateGuardian(id: $id, input: { email: $e }) { id } }',
    {
      id: guardianId,
      e: email,
    },
  );
  await admin.data('mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }', {
    id: guardianId,
  });
  const before = sink.received.length;
  await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
    e: email,
  });
  // The worker may send a follow-up meanwhile: wait for the guardian's own mail.
  const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(email), before);
  const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1]!;
  const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
    'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
    { t: token },
  );
  return signInToPortal.token;
}

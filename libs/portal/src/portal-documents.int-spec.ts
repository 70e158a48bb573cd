import { SmtpSink } from '@onrecord/platform/mail/testing';
import { ApiClient, createTestApp, type TestApp } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { PORTAL_API } from './testing/portal-api';

const INVITE = 'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }';
const DOCUMENTS = `query ($id: ID!) {
  portalCase(id: $id) { documents { id kind title fileName contentType sizeBytes downloadPath } }
}`;
const SHARE = `mutation ($id: ID!, $shared: Boolean!) {
  updateDocument(id: $id, input: { sharedWithFamily: $shared }) { id sharedWithFamily }
}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

interface ShownDocument {
  id: string;
  title: string;
  fileName: string;
  downloadPath: string;
}

/**
 * Documents in the family portal, over HTTP: a document an advocate uploads to the family's
 * case and shares shows on the case and downloads with the portal session; not before it is
 * shared, nor once it is not, nor archived. Another family of the organization and a family
 * of another organization can neither see nor download it.
 */
describe('the family portal: documents an advocate shared', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let anonymous: ApiClient;
  let org: FollowUpOrganization;
  let other: FollowUpOrganization;
  let portal: ApiClient;
  let neighbourPortal: ApiClient;
  let elsewherePortal: ApiClient;
  let neighbourCaseId: string;

  async function signIn(email: string): Promise<ApiClient> {
    const before = sink.received.length;
    await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
      e: email,
    });
    const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(email), before);
    const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
      { t: token },
    );
    return anonymous.as(signInToPortal.token);
  }

  async function inviteFirstGuardian(o: FollowUpOrganization): Promise<void> {
    const { case: found } = await o.client.data<{
      case: { family: { guardians: Array<{ id: string }> } };
    }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } } }', { id: o.caseId });
    await o.client.data(INVITE, { id: found.family.guardians[0]!.id });
  }

  /** A second family of the organization, its guardian at `email` invited: its case. */
  async function addFamily(o: FollowUpOrganization, email: string): Promise<string> {
    const { createFamily } = await o.client.data<{
      createFamily: {
        id: string;
        guardians: Array<{ id: string }>;
        students: Array<{ id: string }>;
      };
    }>(
      `mutation ($input: CreateFamilyInput!) {
        createFamily(input: $input) { id guardians { id } students { id } }
      }`,
      {
        input: {
          householdName: 'Neighbour household',
          guardians: [{ name: 'Neighbour Parent', relationship: 'father', email }],
          students: [{ name: 'Neighbour Student', grade: '4', plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await o.client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: 'Neighbour case',
          concerns: ['EVALUATION'],
          status: 'ACTIVE',
          openedOn: dayOffset(-30),
        },
      },
    );
    await o.client.data(INVITE, { id: createFamily.guardians[0]!.id });
    return openCase.id;
  }

  async function upload(o: FollowUpOrganization, caseId: string, title: string, shared: boolean) {
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('kind', 'IEP');
    form.append('title', title);
    form.append('sharedWithFamily', String(shared));
    form.append('file', new Blob([PDF]), `${title}.pdf`);
    const response = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${o.client.token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string };
  }

  const shown = async (client: ApiClient, caseId: string) =>
    (await client.data<{ portalCase: { documents: ShownDocument[] } }>(DOCUMENTS, { id: caseId }))
      .portalCase.documents;

  const download = (client: ApiClient, id: string) =>
    fetch(`${api.url}/portal/documents/${id}/content`, {
      headers: { authorization: `Bearer ${client.token}` },
    });

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(PORTAL_API, {
      env: { SMTP_URL: sink.url, MAIL_FROM: 'OnRecord <no-reply@onrecord.test>' },
    });
    anonymous = api.anonymous;
    org = await followUpOrganization(api.url, api.adminUrl, 'portal-docs-a');
    other = await followUpOrganization(api.url, api.adminUrl, 'portal-docs-b');
    await inviteFirstGuardian(org);
    await inviteFirstGuardian(other);
    neighbourCaseId = await addFamily(org, 'neighbour.docs@family.example.org');
    portal = await signIn(org.guardianEmail);
    neighbourPortal = await signIn('neighbour.docs@family.example.org');
    elsewherePortal = await signIn(other.guardianEmail);
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    await sink.stop();
  });

  it('shows and downloads a shared document to the family, and nothing unshared', async () => {
    const shared = await upload(org, org.caseId, 'IEP amendment', true);
    const internal = await upload(org, org.caseId, 'Advocate’s working notes', false);
    const documents = await shown(portal, org.caseId);
    expect(documents.map((d) => d.title)).toEqual(['IEP amendment']);
    expect(documents[0]).toMatchObject({
      fileName: 'IEP amendment.pdf',
      downloadPath: `/portal/documents/${shared.id}/content`,
    });
    const file = await download(portal, shared.id);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await download(portal, internal.id)).status).toBe(404);
    // A guardian's session is no console credential.
    const asConsole = await fetch(`${api.url}/documents/${shared.id}/content`, {
      headers: { authorization: `Bearer ${portal.token}` },
    });
    expect(asConsole.status).toBe(403);

    // Shared no more, or archived: gone from the portal.
    await org.client.data(SHARE, { id: shared.id, shared: false });
    expect(await shown(portal, org.caseId)).toEqual([]);
    expect((await download(portal, shared.id)).status).toBe(404);
    await org.client.data(SHARE, { id: shared.id, shared: true });
    await org.client.data('mutation ($id: ID!) { archiveDocument(id: $id) { id } }', {
      id: shared.id,
    });
    expect((await download(portal, shared.id)).status).toBe(404);
  });

  it('never shows or gives another family’s shared document, in the organization or outside it', async () => {
    const neighbours = await upload(org, neighbourCaseId, 'Neighbour’s evaluation', true);
    const elsewhere = await upload(other, other.caseId, 'Other organization’s IEP', true);
    expect((await shown(neighbourPortal, neighbourCaseId)).map((d) => d.id)).toEqual([
      neighbours.id,
    ]);
    for (const [client, id] of [
      [portal, neighbours.id],
      [portal, elsewhere.id],
      [neighbourPortal, elsewhere.id],
      [elsewherePortal, neighbours.id],
    ] as const) {
      const refused = await download(client, id);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('%PDF');
    }
    const asked = await portal.request(DOCUMENTS, { id: neighbourCaseId });
    expect(asked.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await download(elsewherePortal, elsewhere.id)).status).toBe(200);
  });
});

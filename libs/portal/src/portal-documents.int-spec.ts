import { SAMPLE_PNG } from '@onrecord/documents/testing';
import { superuserQuery } from '@onrecord/platform/database/testing';
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

  describe('added by the family', () => {
    const familyUpload = (
      client: ApiClient,
      fields: Record<string, string>,
      file: { bytes: Buffer; name: string },
    ) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append(
        'file',
        new Blob([new Uint8Array(file.bytes)], { type: 'image/jpeg' }),
        file.name,
      );
      return fetch(`${api.url}/portal/documents`, {
        method: 'POST',
        headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
        body: form,
      });
    };

    it('keeps a photo of a letter the family adds, shared with them, and shows it to the advocate as theirs', async () => {
      const response = await familyUpload(
        portal,
        {
          caseId: org.caseId,
          kind: 'PHOTO',
          title: ' Letter from the school ',
          documentDate: '2026-11-20',
        },
        { bytes: SAMPLE_PNG, name: 'IMG_2041.jpg' },
      );
      expect(response.status).toBe(201);
      const added = (await response.json()) as ShownDocument & { addedByFamily: boolean };
      // Its type is read from the bytes (a PNG, whatever the phone called it).
      expect(added).toMatchObject({
        title: 'Letter from the school',
        kind: 'PHOTO',
        fileName: 'IMG_2041.png',
        contentType: 'image/png',
        addedByFamily: true,
        downloadPath: `/portal/documents/${added.id}/content`,
      });
      expect((await shown(portal, org.caseId)).map((d) => d.title)).toContain(
        'Letter from the school',
      );
      const file = await download(portal, added.id);
      expect(Buffer.from(await file.arrayBuffer()).equals(SAMPLE_PNG)).toBe(true);

      const { caseDocuments } = await org.client.data<{
        caseDocuments: {
          edges: Array<{
            node: {
              id: string;
              source: string;
              addedByGuardianId: string | null;
              sharedWithFamily: boolean;
              documentDate: string;
            };
          }>;
        };
      }>(
        'query ($id: ID!) { caseDocuments(caseId: $id, first: 50) { edges { node { id source addedByGuardianId sharedWithFamily documentDate } } } }',
        { id: org.caseId },
      );
      const seen = caseDocuments.edges.find((e) => e.node.id === added.id)?.node;
      expect(seen).toMatchObject({
        source: 'FAMILY',
        sharedWithFamily: true,
        documentDate: '2026-11-20',
      });
      const { case: found } = await org.client.data<{
        case: { family: { guardians: Array<{ id: string }> } };
      }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } } }', { id: org.caseId });
      expect(seen?.addedByGuardianId).toBe(found.family.guardians[0]!.id);
    });

    it('refuses another family’s case, another organization’s, a kind a family does not add and what is not a document', async () => {
      const count = async () =>
        (
          await superuserQuery<{ n: number }>(
            api.adminUrl,
            'SELECT count(*)::int AS n FROM document',
          )
        )[0]!.n;
      const before = await count();
      const photo = { bytes: SAMPLE_PNG, name: 'letter.png' };
      const fields = { kind: 'PHOTO', title: 'A letter' };
      const neighbours = await familyUpload(portal, { ...fields, caseId: neighbourCaseId }, photo);
      expect(neighbours.status).toBe(404);
      const elsewhere = await familyUpload(
        elsewherePortal,
        { ...fields, caseId: org.caseId },
        photo,
      );
      expect(elsewhere.status).toBe(404);
      const iep = await familyUpload(portal, { ...fields, kind: 'IEP', caseId: org.caseId }, photo);
      expect(iep.status).toBe(400);
      expect(await iep.json()).toMatchObject({ fields: [{ field: 'kind' }] });
      const page = await familyUpload(
        portal,
        { ...fields, caseId: org.caseId },
        { bytes: Buffer.from('<!doctype html><script>alert(1)</script>'), name: 'letter.jpg' },
      );
      expect(page.status).toBe(400);
      expect(await page.json()).toMatchObject({ fields: [{ field: 'file' }] });
      // The console's token is no portal session.
      expect(
        (await familyUpload(org.client, { ...fields, caseId: org.caseId }, photo)).status,
      ).toBe(403);
      expect(await count()).toBe(before);
    });
  });
});

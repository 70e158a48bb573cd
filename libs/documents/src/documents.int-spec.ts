import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { DOCUMENTS_API, uploadDocument } from './testing/documents-api';
import { S3TestServer } from './testing/s3-test-server';
import { S3DocumentStorage } from './storage/s3-document-storage';
import {
  SAMPLE_EXE,
  SAMPLE_HTML,
  SAMPLE_PDF,
  SAMPLE_PNG,
  SAMPLE_SVG,
} from './testing/sample-files';

const MAX_BYTES = 64 * 1024;

const CASE_DOCUMENTS = `query ($caseId: ID!, $includeArchived: Boolean) {
  caseDocuments(caseId: $caseId, first: 50, includeArchived: $includeArchived) {
    edges { node { id title kind fileName contentType sizeBytes sharedWithFamily requestId downloadPath } }
  }
}`;

interface Listed {
  id: string;
  title: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sharedWithFamily: boolean;
  requestId: string | null;
  downloadPath: string;
}

/**
 * Documents on cases through the api, as the console uses it, against real PostgreSQL and the
 * local storage: uploaded (multipart), the type read from the bytes, the name made safe, the
 * size limited; listed and described over GraphQL; downloaded as an attachment that cannot
 * run; never reachable from another organization, by id or by object key.
 */
describe('documents on cases', () => {
  let api: TestApp;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;
  let documentDir: string;

  const upload = (
    org: FollowUpOrganization,
    fields: Record<string, string>,
    file: { bytes: Buffer; name: string; type?: string } | null,
  ) => uploadDocument(api.url, org.client.token, fields, file);

  const download = (org: FollowUpOrganization | null, path: string) =>
    fetch(`${api.url}${path}`, {
      headers: org?.client.token ? { authorization: `Bearer ${org.client.token}` } : {},
    });

  const listed = async (org: FollowUpOrganization, includeArchived = false) =>
    (
      await org.client.data<{ caseDocuments: { edges: Array<{ node: Listed }> } }>(CASE_DOCUMENTS, {
        caseId: org.caseId,
        includeArchived,
      })
    ).caseDocuments.edges.map((e) => e.node);

  beforeAll(async () => {
    api = await createTestApp(DOCUMENTS_API, {
      env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) },
    });
    const storage = api.environment.config.documents.storage;
    if (storage.kind !== 'local') throw new Error('the spec expects the local storage');
    documentDir = storage.dir;
    a = await followUpOrganization(api.url, api.adminUrl, 'documentsa');
    b = await followUpOrganization(api.url, api.adminUrl, 'documentsb');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps an uploaded PDF on a case and its request, and gives the same bytes back as a download', async () => {
    const requestId = await sendRequest(a, 2, { subject: 'Evaluation request' });
    const response = await upload(
      a,
      {
        caseId: a.caseId,
        requestId,
        kind: 'EVALUATION',
        title: '  Psychoeducational evaluation ',
        documentDate: '2026-10-14',
        sharedWithFamily: 'true',
      },
      // The browser's word for its type is not taken; the folders in its name are dropped.
      { bytes: SAMPLE_PDF, name: '../../Evaluación psicológica.exe', type: 'text/html' },
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as Listed;
    expect(created).toMatchObject({
      title: 'Psychoeducational evaluation',
      kind: 'EVALUATION',
      fileName: 'Evaluación psicológica.pdf',
      contentType: 'application/pdf',
      sizeBytes: SAMPLE_PDF.length,
      sharedWithFamily: true,
      requestId,
      downloadPath: `/documents/${created.id}/content`,
    });
    expect((await listed(a)).map((d) => d.id)).toContain(created.id);

    const file = await download(a, created.downloadPath);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    // A download, never a page; the name as RFC 6266 writes it (Latin-1 as it is).
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="Evaluación psicológica.pdf"',
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(file.headers.get('cache-control')).toBe('private, no-store');

    // On disk under the organization's own folder, named by the document's id only.
    expect(await readdir(join(documentDir, a.organizationId))).toContain(created.id);
    const [row] = await superuserQuery<{ storage_key: string; sha256: string }>(
      api.adminUrl,
      'SELECT storage_key, sha256 FROM document WHERE id = $1',
      [created.id],
    );
    expect(row!.storage_key).toBe(`${a.organizationId}/${created.id}`);
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never lets another organization list, read, change or download a document, by id or by key', async () => {
    const response = await upload(
      a,
      { caseId: a.caseId, kind: 'IEP', title: 'IEP 2026' },
      { bytes: SAMPLE_PNG, name: 'iep-page-1.png' },
    );
    expect(response.status).toBe(201);
    const document = (await response.json()) as Listed;

    expect((await download(b, document.downloadPath)).status).toBe(404);
    // The object key is not an address: neither as an id nor as a path.
    expect(
      (await download(b, `/documents/${a.organizationId}/${document.id}/content`)).status,
    ).toBe(404);
    expect(
      (
        await download(
          b,
          `/documents/${encodeURIComponent(`${a.organizationId}/${document.id}`)}/content`,
        )
      ).status,
    ).toBe(404);
    expect((await download(null, document.downloadPath)).status).toBe(401);
    // A's case is not B's to put a document on.
    const intoA = await upload(
      b,
      { caseId: a.caseId, kind: 'IEP', title: 'Not mine' },
      { bytes: SAMPLE_PDF, name: 'x.pdf' },
    );
    expect(intoA.status).toBe(404);
    const changed = await b.client.request(
      'mutation ($id: ID!) { updateDocument(id: $id, input: { title: "Taken" }) { id } }',
      { id: document.id },
    );
    expect(changed.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const listedByB = await b.client.request(CASE_DOCUMENTS, { caseId: a.caseId });
    expect(listedByB.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await download(a, document.downloadPath)).status).toBe(200);
  });

  it('refuses what a browser could run, an empty or missing file and bad fields, naming the field, keeping nothing', async () => {
    const before = await readdir(join(documentDir, a.organizationId)).catch(() => []);
    const count = async () =>
      (
        await superuserQuery<{ n: number }>(
          api.adminUrl,
          'SELECT count(*)::int AS n FROM document WHERE organization_id = $1',
          [a.organizationId],
        )
      )[0]!.n;
    const rows = await count();
    const fields = { caseId: a.caseId, kind: 'SCHOOL_LETTER', title: 'Letter' };
    for (const [name, bytes] of [
      ['letter.pdf', SAMPLE_HTML],
      ['drawing.svg', SAMPLE_SVG],
      ['letter.pdf', SAMPLE_EXE],
    ] as const) {
      const refused = await upload(a, fields, { bytes, name });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'file', message: expect.stringContaining('not a kind of file') }],
      });
    }
    const empty = await upload(a, fields, { bytes: Buffer.alloc(0), name: 'empty.pdf' });
    expect(await empty.json()).toMatchObject({ fields: [{ field: 'file', message: 'is empty' }] });
    const missing = await upload(a, fields, null);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ fields: [{ field: 'file' }] });
    const bad = await upload(
      a,
      { caseId: a.caseId, kind: 'DIARY', title: '   ', documentDate: '2026-13-40' },
      { bytes: SAMPLE_PDF, name: 'x.pdf' },
    );
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { fields: Array<{ field: string }> }).fields;
    expect(problems.map((p) => p.field).sort()).toEqual(['documentDate', 'kind', 'title']);
    const otherRequest = await sendRequest(b, 1);
    const wrongRequest = await upload(
      a,
      { ...fields, requestId: otherRequest },
      { bytes: SAMPLE_PDF, name: 'x.pdf' },
    );
    expect(await wrongRequest.json()).toMatchObject({ fields: [{ field: 'requestId' }] });

    expect(await count()).toBe(rows);
    expect(await readdir(join(documentDir, a.organizationId)).catch(() => [])).toEqual(before);
  });

  it('refuses a file over the limit with 413, keeping nothing, and takes the next one as usual', async () => {
    const rows = async () =>
      (
        await superuserQuery<{ n: number }>(api.adminUrl, 'SELECT count(*)::int AS n FROM document')
      )[0]!.n;
    const before = await rows();
    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const refused = await upload(
      a,
      { caseId: a.caseId, kind: 'OTHER', title: 'Too big' },
      { bytes: big, name: 'big.pdf' },
    );
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('file: is larger than'),
    });
    expect(await rows()).toBe(before);
    const next = await upload(
      a,
      { caseId: a.caseId, kind: 'OTHER', title: 'Small' },
      { bytes: SAMPLE_PDF, name: 'small.pdf' },
    );
    expect(next.status).toBe(201);
  });

  it('attaches a document to a response, a meeting or an attendance week of its case, and lists it there', async () => {
    const requestId = await sendRequest(a, 2, { subject: 'Records request' });
    const { recordSchoolResponse } = await a.client.data<{ recordSchoolResponse: { id: string } }>(
      `mutation ($requestId: ID!) {
        recordSchoolResponse(requestId: $requestId, input: { outcome: GRANTED, channel: LETTER, receivedOn: "${dayOffset(-1)}" }) { id }
      }`,
      { requestId },
    );
    const { scheduleMeeting } = await a.client.data<{ scheduleMeeting: { id: string } }>(
      'mutation ($caseId: ID!) { scheduleMeeting(input: { caseId: $caseId, kind: IEP, startsAt: "2026-11-02T15:00:00Z" }) { id } }',
      { caseId: a.caseId },
    );
    const { case: record } = await a.client.data<{ case: { studentId: string } }>(
      'query ($id: ID!) { case(id: $id) { studentId } }',
      { id: a.caseId },
    );
    await a.client.data(
      'mutation ($studentId: ID!) { recordAttendance(input: { studentId: $studentId, date: "2026-10-14", status: ABSENT }) { id } }',
      { studentId: record.studentId },
    );
    const add = async (place: Record<string, string>, title: string) => {
      const response = await upload(
        a,
        { caseId: a.caseId, kind: 'SCHOOL_LETTER', title, ...place },
        { bytes: SAMPLE_PDF, name: `${title}.pdf` },
      );
      expect(response.status).toBe(201);
      return (await response.json()) as Listed & Record<string, unknown>;
    };
    const answer = await add({ responseId: recordSchoolResponse.id }, 'Records letter');
    const notice = await add({ meetingId: scheduleMeeting.id }, 'Meeting notice');
    // Any day of the week: its Monday is kept.
    const note = await add({ attendanceWeek: '2026-10-14' }, 'Doctor note');
    expect(answer).toMatchObject({
      responseId: recordSchoolResponse.id,
      meetingId: null,
      source: 'CONSOLE',
    });
    expect(notice).toMatchObject({ meetingId: scheduleMeeting.id, responseId: null });
    expect(note).toMatchObject({ attendanceWeek: '2026-10-12' });

    // Each place lists its own, in one query per kind of place (loaders).
    const { writtenRequest, meeting, attendanceSummary } = await a.client.data<{
      writtenRequest: { responses: Array<{ id: string; documents: Array<{ title: string }> }> };
      meeting: { documents: Array<{ title: string }> };
      attendanceSummary: {
        weeks: Array<{ weekStart: string; documents: Array<{ title: string }> }>;
      };
    }>(
      `query ($requestId: ID!, $meetingId: ID!, $studentId: ID!) {
        writtenRequest(id: $requestId) { responses { id documents { title } } }
        meeting(id: $meetingId) { documents { title } }
        attendanceSummary(studentId: $studentId) { weeks { weekStart documents { title } } }
      }`,
      { requestId, meetingId: scheduleMeeting.id, studentId: record.studentId },
    );
    expect(writtenRequest.responses[0]!.documents.map((d) => d.title)).toEqual(['Records letter']);
    expect(meeting.documents.map((d) => d.title)).toEqual(['Meeting notice']);
    expect(attendanceSummary.weeks.find((w) => w.weekStart === '2026-10-12')?.documents).toEqual([
      { title: 'Doctor note' },
    ]);
  });

  it('refuses a place of another case or organization, or two places at once, keeping nothing', async () => {
    const { case: record } = await a.client.data<{ case: { familyId: string; studentId: string } }>(
      'query ($id: ID!) { case(id: $id) { familyId studentId } }',
      { id: a.caseId },
    );
    const { openCase } = await a.client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: record.familyId,
          studentId: record.studentId,
          title: 'Another matter',
          concerns: ['OTHER'],
          status: 'ACTIVE',
          openedOn: dayOffset(-10),
        },
      },
    );
    const { scheduleMeeting: otherCase } = await a.client.data<{ scheduleMeeting: { id: string } }>(
      'mutation ($caseId: ID!) { scheduleMeeting(input: { caseId: $caseId, kind: IEP, startsAt: "2026-11-03T15:00:00Z" }) { id } }',
      { caseId: openCase.id },
    );
    const { scheduleMeeting: otherOrganization } = await b.client.data<{
      scheduleMeeting: { id: string };
    }>(
      'mutation ($caseId: ID!) { scheduleMeeting(input: { caseId: $caseId, kind: IEP, startsAt: "2026-11-03T15:00:00Z" }) { id } }',
      { caseId: b.caseId },
    );
    const bRequest = await sendRequest(b, 1);
    const { recordSchoolResponse: bResponse } = await b.client.data<{
      recordSchoolResponse: { id: string };
    }>(
      `mutation ($requestId: ID!) {
        recordSchoolResponse(requestId: $requestId, input: { outcome: GRANTED, channel: LETTER, receivedOn: "${dayOffset(-1)}" }) { id }
      }`,
      { requestId: bRequest },
    );
    const before = await superuserQuery<{ n: number }>(
      api.adminUrl,
      'SELECT count(*)::int AS n FROM document',
    );
    const refused = async (place: Record<string, string>) => {
      const response = await upload(
        a,
        { caseId: a.caseId, kind: 'OTHER', title: 'Misplaced', ...place },
        { bytes: SAMPLE_PDF, name: 'x.pdf' },
      );
      expect(response.status).toBe(400);
      return ((await response.json()) as { fields: Array<{ field: string; message: string }> })
        .fields;
    };
    expect(await refused({ meetingId: otherCase.id })).toEqual([
      { field: 'meetingId', message: 'is not a meeting of this case' },
    ]);
    expect(await refused({ meetingId: otherOrganization.id })).toEqual([
      { field: 'meetingId', message: 'is not a meeting of this case' },
    ]);
    expect(await refused({ responseId: bResponse.id })).toEqual([
      { field: 'responseId', message: 'is not a school response of this case' },
    ]);
    expect(
      (await refused({ meetingId: otherCase.id, attendanceWeek: '2026-10-12' })).map(
        (f) => f.field,
      ),
    ).toEqual(['meetingId', 'attendanceWeek']);
    expect(
      await superuserQuery<{ n: number }>(api.adminUrl, 'SELECT count(*)::int AS n FROM document'),
    ).toEqual(before);
  });

  it('describes, shares, archives and deletes a document; deleting removes its bytes', async () => {
    const created = (await (
      await upload(
        a,
        { caseId: a.caseId, kind: 'MEDICAL_NOTE', title: 'Doctor’s note' },
        { bytes: SAMPLE_PDF, name: 'note.pdf' },
      )
    ).json()) as Listed;
    const { updateDocument } = await a.client.data<{ updateDocument: Listed }>(
      `mutation ($id: ID!) {
        updateDocument(id: $id, input: { title: "Dr. Lee’s note", sharedWithFamily: true, kind: MEDICAL_NOTE }) {
          id title sharedWithFamily
        }
      }`,
      { id: created.id },
    );
    expect(updateDocument).toMatchObject({ title: 'Dr. Lee’s note', sharedWithFamily: true });
    await a.client.data('mutation ($id: ID!) { archiveDocument(id: $id) { id } }', {
      id: created.id,
    });
    expect((await listed(a)).map((d) => d.id)).not.toContain(created.id);
    expect((await listed(a, true)).map((d) => d.id)).toContain(created.id);
    await a.client.data('mutation ($id: ID!) { deleteDocument(id: $id) { id } }', {
      id: created.id,
    });
    expect((await download(a, created.downloadPath)).status).toBe(404);
    expect(await readdir(join(documentDir, a.organizationId))).not.toContain(created.id);
  });
});

/** The same api with its documents in S3-compatible storage (s3rver on loopback). */
describe('documents on cases, kept in S3-compatible storage', () => {
  const s3 = new S3TestServer();
  let api: TestApp;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;

  beforeAll(async () => {
    await s3.start();
    api = await createTestApp(DOCUMENTS_API, { env: s3.env() });
    a = await followUpOrganization(api.url, api.adminUrl, 'documentss3a');
    b = await followUpOrganization(api.url, api.adminUrl, 'documentss3b');
  });

  afterAll(async () => {
    await api?.close();
    await s3.stop();
  });

  it('uploads to the bucket under the organization’s prefix and downloads to it alone', async () => {
    const response = await uploadDocument(
      api.url,
      a.client.token,
      { caseId: a.caseId, kind: 'PLAN_504', title: '504 plan' },
      { bytes: SAMPLE_PDF, name: '504 plan.pdf' },
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as Listed;
    const storage = new S3DocumentStorage({
      bucket: s3.bucket,
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    try {
      expect(await storage.keys(a.organizationId)).toEqual([`${a.organizationId}/${created.id}`]);
      expect(await storage.keys(b.organizationId)).toEqual([]);
    } finally {
      storage.close();
    }
    const mine = await fetch(`${api.url}${created.downloadPath}`, {
      headers: { authorization: `Bearer ${a.client.token}` },
    });
    expect(Buffer.from(await mine.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
    const theirs = await fetch(`${api.url}${created.downloadPath}`, {
      headers: { authorization: `Bearer ${b.client.token}` },
    });
    expect(theirs.status).toBe(404);
  });
});

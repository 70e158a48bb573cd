import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, joinAs, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import { given } from '@onrecord/test-fixtures';
import { SEARCH_API } from './testing/search-api';

const SEARCH = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    kind id caseId title context rank snippet { text match } } }`;

interface Hit {
  kind: string;
  id: string;
  caseId: string | null;
  title: string;
  context: string | null;
  rank: number;
  snippet: Array<{ text: string; match: boolean }>;
}

/** A hit as a line: its kind, title and snippet with the matched words in [brackets]. */
const line = (hit: Hit) =>
  `${hit.kind} ${hit.title}: ${hit.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')}`;

describe('search', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let world: { caseId: string; schoolId: string; familyId: string; studentId: string };
  let ids: Record<string, string>;

  const search = async (auth: TestAuth, text: string, first?: number): Promise<Hit[]> =>
    (await api.as(auth).data<{ search: Hit[] }>(SEARCH, { text, first })).search;
  const one = async (sql: string, params: unknown[]): Promise<string> =>
    (await superuserQuery<{ id: string }>(api.adminUrl, `${sql} RETURNING id`, params))[0].id;

  beforeAll(async () => {
    api = await createTestApp(SEARCH_API, { admins: ['a', 'b'] });
    const [a, b] = api.admins;
    world = await given(api.adminUrl, a, 'Peña')
      .district({ name: 'Distrito Escolar Unificado' })
      .school({ name: 'Escuela Primaria Ñandú' })
      .family({ householdName: 'Familia Peña-Gómez' })
      .guardian({ name: 'María José Peña' })
      .student({ name: 'Andrés Peña' })
      .openCase({ title: 'Rechazo escolar de Andrés' });
    const org = a.activeOrganization!.id;
    const requestId = await one(
      `INSERT INTO written_request (organization_id, case_id, type, subject, body)
       VALUES ($1, $2, 'EVALUATION', 'Solicitud de evaluación', $3)`,
      [org, world.caseId, 'We ask for a full evaluation. Ms. Zamora said the school would wait.'],
    );
    ids = {
      requestId,
      responseId: await one(
        `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, summary)
         VALUES ($1, $2, '2025-09-10', 'EMAIL', 'DEFERRED_NEEDS_DATA', 'The district wants four weeks of xylophone data first.')`,
        [org, requestId],
      ),
      noteId: await one(
        `INSERT INTO case_note (organization_id, case_id, body) VALUES ($1, $2, 'Called the quokka counselor; no answer.')`,
        [org, world.caseId],
      ),
      contactId: await one(
        `INSERT INTO contact_log_entry (organization_id, case_id, party, with_whom, channel, direction, occurred_at, note)
         VALUES ($1, $2, 'SCHOOL_CONTACT', 'Mr. Okonkwo', 'PHONE', 'OUTGOING', now(), 'Left a voicemail about the wombat plan.')`,
        [org, world.caseId],
      ),
    };
    // A name match and a body match of the same word ("Zamora"): the name ranks first.
    await given(api.adminUrl, a, 'Zamora')
      .district({
        existing: (
          await superuserQuery<{ id: string }>(
            api.adminUrl,
            'SELECT id FROM district WHERE organization_id = $1',
            [org],
          )
        )[0].id,
      })
      .family({ householdName: 'Zamora household' })
      .guardian({ name: 'Lucía Zamora' })
      .student({ name: 'Tomás Zamora', school: null });
    // Organization B holds the same names: never seen from A.
    await given(api.adminUrl, b, 'B')
      .district()
      .school({ name: 'Escuela Primaria Ñandú' })
      .family({ householdName: 'Familia Peña-Gómez' })
      .guardian({ name: 'María José Peña' })
      .student({ name: 'Andrés Peña' })
      .openCase({ title: 'Rechazo escolar de Andrés' });
  });
  afterAll(() => api?.close());

  it('finds Spanish names with or without their accents, either way', async () => {
    const [a] = api.admins;
    for (const text of ['Maria', 'María', 'MARIA', 'maría josé', 'Pena', 'peña']) {
      const hits = await search(a, text);
      expect(hits.map((h) => h.title)).toContain('María José Peña');
    }
    // Stored without an accent, found with one.
    const zamora = await search(a, 'Lúcía');
    expect(zamora.map(line)).toEqual(['GUARDIAN Lucía Zamora: [Lucía] Zamora']);
  });

  it('matches the start of a word as it is typed', async () => {
    const [a] = api.admins;
    const hits = await search(a, 'mar');
    const guardian = hits.find((h) => h.kind === 'GUARDIAN')!;
    expect(line(guardian)).toBe('GUARDIAN María José Peña: [María] José Peña');
    expect(guardian.context).toBe('Familia Peña-Gómez');
    expect(guardian.caseId).toBe(world.caseId);
    expect((await search(a, 'ñand')).map(line)).toEqual([
      'SCHOOL Escuela Primaria Ñandú: Escuela Primaria [Ñandú]',
    ]);
  });

  it('finds each kind of record, linked to its case', async () => {
    const [a] = api.admins;
    const first = async (text: string) => (await search(a, text))[0];
    expect(await first('Familia')).toMatchObject({
      kind: 'FAMILY',
      id: world.familyId,
      caseId: world.caseId,
    });
    expect(await first('Andres')).toMatchObject({
      kind: 'STUDENT',
      id: world.studentId,
      caseId: world.caseId,
    });
    expect(await first('rechazo')).toMatchObject({
      kind: 'CASE',
      id: world.caseId,
      caseId: world.caseId,
    });
    expect(await first('evaluacion')).toMatchObject({
      kind: 'REQUEST',
      id: ids.requestId,
      caseId: world.caseId,
      context: 'Rechazo escolar de Andrés',
    });
    expect(await first('xylophone')).toMatchObject({
      kind: 'SCHOOL_RESPONSE',
      id: ids.responseId,
      caseId: world.caseId,
      title: 'Solicitud de evaluación',
    });
    expect(await first('quokka')).toMatchObject({
      kind: 'NOTE',
      id: ids.noteId,
      caseId: world.caseId,
    });
    expect(await first('wombat')).toMatchObject({
      kind: 'CONTACT',
      id: ids.contactId,
      caseId: world.caseId,
      title: 'Mr. Okonkwo',
    });
    expect(await first('nandu')).toMatchObject({
      kind: 'SCHOOL',
      id: world.schoolId,
      caseId: null,
      context: 'Distrito Escolar Unificado',
    });
    const note = await first('quokka');
    expect(line(note)).toBe(
      // ts_headline ends a fragment at its last word.
      'NOTE Rechazo escolar de Andrés: Called the [quokka] counselor; no answer',
    );
  });

  it('ranks a name above a body', async () => {
    const [a] = api.admins;
    const hits = await search(a, 'zamora');
    expect(hits.map((h) => h.kind)).toEqual(['FAMILY', 'GUARDIAN', 'STUDENT', 'REQUEST']);
    expect(hits[0].rank).toBeGreaterThan(hits[3].rank);
    expect(line(hits[3])).toContain('Ms. [Zamora] said');
  });

  it('never returns another organization’s rows', async () => {
    const [a, b] = api.admins;
    const fromA = await search(a, 'peña');
    const fromB = await search(b, 'peña');
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.map((h) => h.kind).sort()).toEqual(['FAMILY', 'GUARDIAN', 'STUDENT']);
    expect(fromB.some((h) => fromA.some((x) => x.id === h.id))).toBe(false);
    expect(await search(b, 'quokka')).toEqual([]);
  });

  it('leaves out archived records', async () => {
    const [a] = api.admins;
    await superuserQuery(api.adminUrl, 'UPDATE case_note SET archived_at = now() WHERE id = $1', [
      ids.noteId,
    ]);
    try {
      expect(await search(a, 'quokka')).toEqual([]);
    } finally {
      await superuserQuery(api.adminUrl, 'UPDATE case_note SET archived_at = NULL WHERE id = $1', [
        ids.noteId,
      ]);
    }
  });

  it('keeps an edited record findable by its new words only', async () => {
    const [a] = api.admins;
    await superuserQuery(
      api.adminUrl,
      `UPDATE case_note SET body = 'Spoke with the platypus team.' WHERE id = $1`,
      [ids.noteId],
    );
    try {
      expect(await search(a, 'quokka')).toEqual([]);
      expect((await search(a, 'platypus')).map((h) => h.id)).toEqual([ids.noteId]);
    } finally {
      await superuserQuery(
        api.adminUrl,
        `UPDATE case_note SET body = 'Called the quokka counselor; no answer.' WHERE id = $1`,
        [ids.noteId],
      );
    }
  });

  it('lets advocates search every case, as the case pages do; analysts only with the grant', async () => {
    const [a] = api.admins;
    const org = a.activeOrganization!.id;
    // The case is assigned to the admin only: an advocate still finds it, as `case(id)` shows it.
    const advocate = await joinAs(api.anonymous, api.adminUrl, 'search-advocate', org, 'ADVOCATE');
    expect((await search(advocate, 'quokka')).map((h) => h.id)).toEqual([ids.noteId]);
    const analyst = await joinAs(api.anonymous, api.adminUrl, 'search-analyst', org, 'ANALYST');
    const refused = await api.as(analyst).errorOf(SEARCH, { text: 'quokka' });
    expect(refused.code).toBe('FORBIDDEN');
    const granted = await joinAs(api.anonymous, api.adminUrl, 'search-granted', org, 'ANALYST', {
      readsFamilyRecords: true,
    });
    expect((await search(granted, 'quokka')).map((h) => h.id)).toEqual([ids.noteId]);
  });

  it('takes hostile text as words, and refuses what is not a search naming the field', async () => {
    const [a] = api.admins;
    for (const text of [
      `"peña`,
      `peña:*`,
      `!peña`,
      `peña & | ! ( ) <->`,
      `'; DROP TABLE family; --`,
      'peña\u0002x\u0003',
    ]) {
      const response = await api.as(a).request<{ search: Hit[] }>(SEARCH, { text });
      expect(response.errors).toBeUndefined();
    }
    expect((await search(a, `peña:*`)).map((h) => h.title)).toContain('María José Peña');
    for (const [text, first, field, message] of [
      ['', undefined, 'text', 'type a name or a few words to search'],
      ['   ', undefined, 'text', 'type a name or a few words to search'],
      ['x'.repeat(100_000), undefined, 'text', 'at most 200 characters'],
      [`:* & | !`, undefined, 'text', 'needs a letter or a digit'],
      ['peña', 0, 'first', '1 to 50'],
      ['peña', 51, 'first', '1 to 50'],
    ] as const) {
      const error = await api.as(a).errorOf(SEARCH, { text, first });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([{ field, message }]);
      expect(error.message).not.toMatch(/tsquery|syntax|SQL|select/i);
    }
  });
});

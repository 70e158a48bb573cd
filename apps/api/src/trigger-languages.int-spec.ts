// The whole api: triggers logged by advocates and by guardians in the portal (above attendance).
import type { INestApplication } from '@nestjs/common';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  startTestApi,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The organization the follow-up tests build (school, family, case), through GraphQL.
import { followUpOrganization, type FollowUpOrganization } from '@onrecord/test-fixtures';
import { AppModule } from './app.module';

/**
 * Issue 20: "Trigger labels on attendance are matched exactly ('Health/somatic'): match
 * case-insensitively, and accept the organization's labels in each language it uses." The
 * built-in triggers already had their Spanish; an organization's own observation tags had
 * English only, so a guardian logging a day in Spanish from the portal ("Simulacros de
 * incendio") was refused with "is not a known trigger". Now a tag carries its label in each
 * language the organization writes in, and a day logged with any of them — by an advocate
 * over GraphQL or by a guardian through the portal — stores the one English label.
 */
const ADD_TAG = `mutation ($label: String!, $translations: [ObservationTagTranslationInput!]) {
  addObservationTag(label: $label, translations: $translations) {
    id label builtIn translations { language label } } }`;
const SET_TRANSLATIONS = `mutation ($id: ID!, $translations: [ObservationTagTranslationInput!]!) {
  setObservationTagTranslations(id: $id, translations: $translations) {
    id label translations { language label } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveObservationTag(id: $id) { id archivedAt } }`;
const TAGS = `{ observationTags { id label translations { language label } } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id triggers } }`;
const PORTAL_RECORD = `mutation ($input: PortalRecordAttendanceInput!) {
  recordPortalAttendance(input: $input) { id triggers recordedByFamily } }`;
const INVITE = 'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }';
const REQUEST_LINK =
  'mutation ($email: String!) { requestPortalSignIn(email: $email) { message } }';
const SIGN_IN = `mutation ($token: String!, $org: ID) {
  signInToPortal(token: $token, organizationId: $org) { token } }`;

interface Tag {
  id: string;
  label: string;
  translations: Array<{ language: string; label: string }>;
}

describe('trigger labels in each language the organization writes in (issue 20)', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;
  let portal: ApiClient;
  let studentA: string;
  let studentB: string;
  let fireDrills: Tag;

  /** A day of A's student: the advocate's and the guardian's forms take the same fields. */
  const day = (date: string, triggers: string[]) => ({
    studentId: studentA,
    date,
    status: 'PARTIAL',
    periodsMissed: [1],
    triggers,
    // The fixture's district has no calendar for these days: recorded anyway.
    acknowledgeNonSchoolDay: true,
  });

  async function studentOf(o: FollowUpOrganization) {
    const { case: found } = await o.client.data<{
      case: { family: { guardians: Array<{ id: string }> }; student: { id: string } };
    }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } student { id } } }', {
      id: o.caseId,
    });
    return { studentId: found.student.id, guardianId: found.family.guardians[0]!.id };
  }

  async function portalSession(o: FollowUpOrganization): Promise<ApiClient> {
    const mailsTo = () => sink.received.filter((m) => m.envelopeTo.includes(o.guardianEmail));
    const before = mailsTo().length;
    await anonymous.data(REQUEST_LINK, { email: o.guardianEmail });
    const deadline = Date.now() + 10_000;
    while (mailsTo().length <= before) {
      if (Date.now() > deadline) throw new Error('no sign-in link arrived');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mailsTo()[before]!.parsed.text ?? '')![1]!;
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      SIGN_IN,
      { token, org: o.organizationId },
    );
    return anonymous.as(signInToPortal.token);
  }

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    const started = await startTestApi(AppModule.forRoot(environment.config));
    app = started.app;
    anonymous = new ApiClient(started.url);
    a = await followUpOrganization(started.url, environment.db.adminUrl, 'triggers-a');
    b = await followUpOrganization(started.url, environment.db.adminUrl, 'triggers-b');
    const ofA = await studentOf(a);
    studentA = ofA.studentId;
    studentB = (await studentOf(b)).studentId;
    await a.client.data(INVITE, { id: ofA.guardianId });
    portal = await portalSession(a);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  it('takes an organization’s tag with its Spanish label, and lists both', async () => {
    ({ addObservationTag: fireDrills } = await a.client.data<{ addObservationTag: Tag }>(ADD_TAG, {
      label: 'Fire drills',
      translations: [{ language: 'es', label: '  Simulacros de   incendio ' }],
    }));
    expect(fireDrills).toMatchObject({
      label: 'Fire drills',
      translations: [{ language: 'es', label: 'Simulacros de incendio' }],
    });
    const { observationTags } = await a.client.data<{ observationTags: Tag[] }>(TAGS);
    expect(observationTags.find((t) => t.id === fireDrills.id)?.translations).toEqual([
      { language: 'es', label: 'Simulacros de incendio' },
    ]);
  });

  it('stores a day an advocate logs with the Spanish label as the one trigger', async () => {
    // Before: "“simulacros de INCENDIO” is not a known trigger" (triggers.0).
    const { recordAttendance } = await a.client.data<{ recordAttendance: { triggers: string[] } }>(
      RECORD,
      { input: day('2025-10-06', ['simulacros de INCENDIO', 'fire DRILLS', 'salud/somatico']) },
    );
    // Both names of the tag are one trigger; the built-in one in Spanish is stored in English.
    expect(recordAttendance.triggers).toEqual(['Fire drills', 'Health/somatic']);
  });

  it('stores a day a guardian logs in Spanish from the portal as the same trigger', async () => {
    // The portal's day form lists the organization's triggers with their Spanish.
    const { portalTriggers } = await portal.data<{
      portalTriggers: Array<{ label: string; builtIn: boolean; translations: Tag['translations'] }>;
    }>(`{ portalTriggers { label builtIn translations { language label } } }`);
    expect(portalTriggers).toContainEqual({
      label: 'Fire drills',
      builtIn: false,
      translations: [{ language: 'es', label: 'Simulacros de incendio' }],
    });
    expect(portalTriggers).toContainEqual({
      label: 'Loud noise',
      builtIn: true,
      translations: [{ language: 'es', label: 'Ruido fuerte' }],
    });
    const { recordPortalAttendance } = await portal.data<{
      recordPortalAttendance: { triggers: string[]; recordedByFamily: boolean };
    }>(PORTAL_RECORD, {
      input: day('2025-10-07', ['Simulacros de incendio', 'Ruido fuerte']),
    });
    expect(recordPortalAttendance).toMatchObject({
      triggers: ['Fire drills', 'Loud noise'],
      recordedByFamily: true,
    });
  });

  it('gives an existing tag its Spanish label later, and the portal takes it at once', async () => {
    const { addObservationTag: bus } = await a.client.data<{ addObservationTag: Tag }>(ADD_TAG, {
      label: 'Bus ride',
    });
    expect(bus.translations).toEqual([]);
    const before = await portal.errorOf(PORTAL_RECORD, {
      input: day('2025-10-08', ['viaje en autobus']),
    });
    expect(before.fields).toEqual([
      expect.objectContaining({
        field: 'triggers.0',
        message: expect.stringContaining('not a known trigger'),
      }),
    ]);
    const { setObservationTagTranslations } = await a.client.data<{
      setObservationTagTranslations: Tag;
    }>(SET_TRANSLATIONS, {
      id: bus.id,
      translations: [{ language: 'es', label: 'Viaje en autobús' }],
    });
    expect(setObservationTagTranslations.translations).toEqual([
      { language: 'es', label: 'Viaje en autobús' },
    ]);
    // Without its accent, in capitals: the same trigger.
    const { recordPortalAttendance } = await portal.data<{
      recordPortalAttendance: { triggers: string[] };
    }>(PORTAL_RECORD, { input: day('2025-10-08', ['VIAJE EN AUTOBUS']) });
    expect(recordPortalAttendance.triggers).toEqual(['Bus ride']);
    // An empty list leaves the English only.
    const cleared = await a.client.data<{ setObservationTagTranslations: Tag }>(SET_TRANSLATIONS, {
      id: bus.id,
      translations: [],
    });
    expect(cleared.setObservationTagTranslations.translations).toEqual([]);
  });

  it('refuses a label that another trigger answers to in any language, naming the field', async () => {
    const refused = async (variables: Record<string, unknown>, mutation = ADD_TAG) =>
      (await a.client.errorOf(mutation, variables)) as {
        code: string;
        fields: Array<{ field: string; message: string }>;
      };
    // A built-in trigger's Spanish.
    expect(
      await refused({ label: 'Noise', translations: [{ language: 'es', label: 'ruido FUERTE' }] }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'translations.0.label',
          message: '“ruido FUERTE” is the built-in trigger “Loud noise” already',
        },
      ],
    });
    // Another tag's English, given as Spanish; another tag's Spanish, given as English.
    expect(
      (await refused({ label: 'Drills', translations: [{ language: 'es', label: 'fire drills' }] }))
        .fields,
    ).toEqual([
      { field: 'translations.0.label', message: '“fire drills” already names “Fire drills”' },
    ]);
    expect((await refused({ label: 'Simulacros de incendio' })).fields).toEqual([
      { field: 'label', message: '“Simulacros de incendio” already names “Fire drills”' },
    ]);
    // A language OnRecord does not write in, a language twice, an empty label: all at once.
    expect(
      (
        await refused({
          label: 'Thunderstorms',
          translations: [
            { language: 'fr', label: 'Orages' },
            { language: 'es', label: 'Tormentas' },
            { language: 'ES', label: 'Tormentas eléctricas' },
          ],
        })
      ).fields,
    ).toEqual([
      {
        field: 'translations.0.language',
        message: 'must be one of es (the label itself is the English)',
      },
      { field: 'translations.2.language', message: 'gives es a second time' },
    ]);
    expect(
      (
        await refused(
          { id: fireDrills.id, translations: [{ language: 'es', label: '  ' }] },
          SET_TRANSLATIONS,
        )
      ).fields,
    ).toEqual([{ field: 'translations.0.label', message: 'must not be empty' }]);
  });

  it('keeps an archived tag’s Spanish label from being logged, and from being reused', async () => {
    await a.client.data(ARCHIVE, { id: fireDrills.id });
    const archived = await portal.errorOf(PORTAL_RECORD, {
      input: day('2025-10-09', ['simulacros de incendio']),
    });
    expect(archived.fields).toEqual([
      {
        field: 'triggers.0',
        message: '“Fire drills” is an archived observation tag: restore it first',
      },
    ]);
    const reused = await a.client.errorOf(ADD_TAG, {
      label: 'Drills at school',
      translations: [{ language: 'es', label: 'Simulacros de incendio' }],
    });
    expect(reused.fields).toEqual([
      {
        field: 'translations.0.label',
        message:
          '“Simulacros de incendio” already names the archived observation tag “Fire drills”',
      },
    ]);
  });

  it('keeps each organization’s labels to itself', async () => {
    // B cannot give A's tag a label: not found, and A's tag is unchanged.
    expect(
      (
        await b.client.errorOf(SET_TRANSLATIONS, {
          id: fireDrills.id,
          translations: [{ language: 'es', label: 'Otra cosa' }],
        })
      ).code,
    ).toBe('NOT_FOUND');
    const { observationTags } = await a.client.data<{ observationTags: Tag[] }>(
      `{ observationTags(includeArchived: true) { id label translations { language label } } }`,
    );
    expect(observationTags.find((t) => t.id === fireDrills.id)?.translations).toEqual([
      { language: 'es', label: 'Simulacros de incendio' },
    ]);
    // A's Spanish label means nothing in B.
    const inB = await b.client.errorOf(RECORD, {
      input: { ...day('2025-10-06', ['Simulacros de incendio']), studentId: studentB },
    });
    expect(inB.fields).toEqual([
      expect.objectContaining({
        field: 'triggers.0',
        message: expect.stringContaining('not a known trigger'),
      }),
    ]);
  });
});

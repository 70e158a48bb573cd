import { superuserQuery } from '@onrecord/platform/database/testing';
import type { TestAuth } from '@onrecord/platform/testing';
import { seedSchoolCalendar, type SchoolCalendar } from './school-calendar';

/** What every world knows: the organization and the member the records belong to. */
export interface Organization {
  organizationId: string;
  membershipId: string;
}

/** The records made so far: the latest of each kind is where the next step attaches. */
interface Cursor {
  organizationId: string;
  membershipId: string;
  userId: string;
  districtId?: string;
  schoolId?: string | null;
  familyId?: string;
  studentId?: string;
}

type Step = (db: Db, cursor: Cursor, ids: Record<string, string>, label: string) => Promise<void>;

/** Where a step writes the id it made: its kind's name by default, or `as`. */
interface Named<K extends string> {
  as?: K;
}

interface Db {
  one(text: string, params: unknown[]): Promise<string>;
  adminUrl: string;
}

function need<T>(value: T | undefined, what: string, step: string): T {
  if (value === undefined) throw new Error(`given: ${step}() needs ${what} first`);
  return value;
}

/**
 * The records a test starts from, written straight into the database as the superuser
 * (row-level security does not stop a fixture), in the shape the features leave them:
 *
 *   const garcia = await given(adminUrl, adminA, 'Garcia')
 *     .district({ calendar: FICTIONAL_2025_26 })
 *     .school()
 *     .contact('CASE_MANAGER', { email: 'cm@example.org' })
 *     .family()
 *     .student()
 *     .openCase();
 *   garcia.caseId; garcia.contactId; garcia.organizationId;
 *
 * Each step attaches to the latest record of the kind above it (a school to the latest
 * district, a case to the latest family and student) and names its id `<kind>Id`, or
 * `as` when a world has two of a kind. Names default to the label: "Garcia ISD",
 * "Garcia Middle", "Garcia Case Manager", "Garcia household", "Garcia Parent",
 * "Garcia Student", "Garcia case". Nothing is written until the chain is awaited, and
 * each await writes the records again (one statement each, no transaction around them).
 * It imports no feature (enum values are strings, as the columns hold them), so the specs of
 * every feature lib may use it, even those of the libs it writes the records of.
 */
export class Given<World extends Organization = Organization> implements PromiseLike<World> {
  private constructor(
    private readonly adminUrl: string,
    private readonly auth: TestAuth,
    private readonly label: string,
    private readonly steps: readonly Step[],
  ) {}

  static start(adminUrl: string, auth: TestAuth, label: string): Given {
    return new Given(adminUrl, auth, label, []);
  }

  private and<Added>(step: Step): Given<World & Added> {
    return new Given<World & Added>(this.adminUrl, this.auth, this.label, [...this.steps, step]);
  }

  /**
   * A district; with a `calendar`, its school year and closures too (`schoolYearId`). With
   * `existing`, that district of the organization instead: nothing is written.
   */
  district<K extends string = 'districtId'>(
    options: Named<K> & {
      existing?: string;
      name?: string;
      state?: string;
      timeZone?: string;
      calendar?: SchoolCalendar;
    } = {},
  ): Given<World & Record<K, string> & { schoolYearId?: string }> {
    return this.and(async (db, cursor, ids, label) => {
      if (options.existing) {
        ids[options.as ?? 'districtId'] = cursor.districtId = options.existing;
        return;
      }
      const id = await db.one(
        'INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, $2, $3, $4)',
        [
          cursor.organizationId,
          options.name ?? `${label} ISD`,
          options.state ?? 'TX',
          options.timeZone ?? 'America/Chicago',
        ],
      );
      ids[options.as ?? 'districtId'] = cursor.districtId = id;
      if (options.calendar)
        ids['schoolYearId'] = await seedSchoolCalendar(
          db.adminUrl,
          cursor.organizationId,
          id,
          options.calendar,
        );
    });
  }

  /** A school of the latest district. */
  school<K extends string = 'schoolId'>(
    options: Named<K> & { name?: string; archived?: boolean } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      const id = await db.one(
        `INSERT INTO school (organization_id, district_id, name, archived_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)`,
        [
          cursor.organizationId,
          need(cursor.districtId, 'a district', 'school'),
          options.name ?? `${label} Middle`,
          options.archived ?? false,
        ],
      );
      ids[options.as ?? 'schoolId'] = cursor.schoolId = id;
    });
  }

  /**
   * A contact of the latest district, at the latest school unless `districtWide` (a
   * district's director, say); `archived` for one the directory no longer offers.
   */
  contact<K extends string = 'contactId'>(
    /** A `SchoolContactRole` of libs/directory, as the column holds it ('CASE_MANAGER'). */
    role: string,
    options: Named<K> & {
      name?: string;
      email?: string;
      districtWide?: boolean;
      archived?: boolean;
    } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      ids[options.as ?? 'contactId'] = await db.one(
        `INSERT INTO school_contact (organization_id, district_id, school_id, name, role, email, archived_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)`,
        [
          cursor.organizationId,
          need(cursor.districtId, 'a district', 'contact'),
          options.districtWide ? null : need(cursor.schoolId, 'a school', 'contact'),
          options.name ?? `${label} Case Manager`,
          role,
          options.email ?? null,
          options.archived ?? false,
        ],
      );
    });
  }

  /** A family (a household, no guardian yet). */
  family<K extends string = 'familyId'>(
    options: Named<K> & { householdName?: string } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      const id = await db.one(
        'INSERT INTO family (organization_id, household_name) VALUES ($1, $2)',
        [cursor.organizationId, options.householdName ?? `${label} household`],
      );
      ids[options.as ?? 'familyId'] = cursor.familyId = id;
    });
  }

  /** A guardian of the latest family. */
  guardian<K extends string = 'guardianId'>(
    options: Named<K> & { name?: string; relationship?: string; email?: string } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      ids[options.as ?? 'guardianId'] = await db.one(
        `INSERT INTO guardian (organization_id, family_id, name, relationship, email)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          cursor.organizationId,
          need(cursor.familyId, 'a family', 'guardian'),
          options.name ?? `${label} Parent`,
          options.relationship ?? 'MOTHER',
          options.email ?? null,
        ],
      );
    });
  }

  /**
   * A student of the latest family, at the latest school (or none: `school: null`);
   * `archived` for one the family's record no longer lists.
   */
  student<K extends string = 'studentId'>(
    options: Named<K> & { name?: string; grade?: string; school?: null; archived?: boolean } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      const id = await db.one(
        `INSERT INTO student (organization_id, family_id, name, school_id, grade, archived_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END)`,
        [
          cursor.organizationId,
          need(cursor.familyId, 'a family', 'student'),
          options.name ?? `${label} Student`,
          options.school === null ? null : (cursor.schoolId ?? null),
          options.grade ?? null,
          options.archived ?? false,
        ],
      );
      ids[options.as ?? 'studentId'] = cursor.studentId = id;
    });
  }

  /**
   * A case of the latest family and student, as opening it leaves it: its first status on
   * record (at the start of `openedOn` in the organization's time zone, by the member) and
   * the member assigned as its advocate. ACTIVE and opened on 2025-08-20 unless told
   * otherwise (the seeds' case, not the api's INTAKE today).
   */
  openCase<K extends string = 'caseId'>(
    options: Named<K> & {
      title?: string;
      /** A `CaseStatus` of libs/cases, as the column holds it. */
      status?: string;
      openedOn?: string;
      /** `CaseConcern`s of libs/cases, as the column holds them. */
      concerns?: string[];
    } = {},
  ): Given<World & Record<K, string>> {
    return this.and(async (db, cursor, ids, label) => {
      const status = options.status ?? 'ACTIVE';
      const openedOn = options.openedOn ?? '2025-08-20';
      const caseId = await db.one(
        `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          cursor.organizationId,
          need(cursor.familyId, 'a family', 'openCase'),
          need(cursor.studentId, 'a student', 'openCase'),
          options.title ?? `${label} case`,
          options.concerns ?? ['SCHOOL_REFUSAL'],
          status,
          openedOn,
        ],
      );
      await db.one(
        `INSERT INTO case_status_change (organization_id, case_id, from_status, to_status, changed_at, changed_by_user_id)
         SELECT $1, $2, NULL, $3,
                CASE WHEN $4::date >= (now() AT TIME ZONE o.time_zone)::date THEN now()
                     ELSE $4::date::timestamp AT TIME ZONE o.time_zone END, $5
           FROM organization o WHERE o.id = $1`,
        [cursor.organizationId, caseId, status, openedOn, cursor.userId],
      );
      await db.one(
        'INSERT INTO case_assignment (organization_id, case_id, membership_id) VALUES ($1, $2, $3)',
        [cursor.organizationId, caseId, cursor.membershipId],
      );
      ids[options.as ?? 'caseId'] = caseId;
    });
  }

  then<Result1 = World, Result2 = never>(
    onFulfilled?: ((world: World) => Result1 | PromiseLike<Result1>) | null,
    onRejected?: ((reason: unknown) => Result2 | PromiseLike<Result2>) | null,
  ): PromiseLike<Result1 | Result2> {
    return this.write().then(onFulfilled, onRejected);
  }

  private async write(): Promise<World> {
    const organizationId = need(
      this.auth.activeOrganization?.id,
      'a member signed in to an organization',
      'given',
    );
    const db: Db = {
      adminUrl: this.adminUrl,
      one: async (text, params) => {
        const rows = await superuserQuery<{ id: string }>(
          this.adminUrl,
          `${text} RETURNING id`,
          params,
        );
        const id = rows[0]?.id;
        if (!id) throw new Error(`given: nothing written by ${text}`);
        return id;
      },
    };
    const [membership] = await superuserQuery<{ id: string }>(
      this.adminUrl,
      'SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2',
      [this.auth.user.id, organizationId],
    );
    const membershipId = need(membership?.id, 'the member’s membership', 'given');
    const cursor: Cursor = { organizationId, membershipId, userId: this.auth.user.id };
    const ids: Record<string, string> = { organizationId, membershipId };
    for (const step of this.steps) await step(db, cursor, ids, this.label);
    return ids as unknown as World;
  }
}

/**
 * The records a test starts from, in `auth`'s organization (see `Given`). `label` names
 * them, so two worlds in one organization stay apart.
 */
export function given(adminUrl: string, auth: TestAuth, label: string): Given {
  return Given.start(adminUrl, auth, label);
}

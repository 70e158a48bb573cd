import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { User } from '@onrecord/accounts';
import { AttendanceEntry, AttendanceEntrySupport, Support } from '@onrecord/attendance';
import {
  Case,
  CaseAssignment,
  CaseNote,
  CaseStatus,
  CaseStatusChange,
  ContactLogEntry,
  FamilyMessage,
  NoteVisibility,
} from '@onrecord/cases';
import {
  District,
  EscalationStep,
  SchoolContactRole,
  importSchoolCalendar,
  NonSchoolDay,
  School,
  SchoolContact,
  SchoolYear,
} from '@onrecord/directory';
import { Family, Guardian, Student } from '@onrecord/families';
import { findUserByEmail, Membership, MemberRole, Organization } from '@onrecord/organizations';
import { InboundMailIngestion, ReplyClassificationService } from '@onrecord/inbound-mail';
import { PasswordHasher } from '@onrecord/platform/auth';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import {
  DeliveryChannel,
  MeetingService,
  MeetingTask,
  RefusalReason,
  type DeadlineTrigger,
  ResponseOutcome,
  SchoolResponseService,
  WrittenRequestService,
  WrittenRequestType,
} from '@onrecord/requests';
import { startOfDay } from '@onrecord/deadlines';
import { CrossOrganizationAccess, DataScopes, type DataScope } from '@onrecord/platform/database';
import { PortalAccess } from '@onrecord/portal';
import { demoAttendance } from './demo-attendance';
import { DEMO_DEMOGRAPHICS } from './demo-demographics';
import { demoContactLog, type DemoContactCase } from './demo-contacts';
import { seedDemoPolicy, seedFollowUpShowcase, type ShowcaseCase } from './demo-follow-ups';
import { DEMO_CALENDAR_ICS } from './demo-calendar';
import { bringDemoRepliesIn } from './demo-mail-arrivals';
import { prepareDemoMailIn, type DemoMailCase } from './demo-mail-in';
import {
  attendanceCalendar,
  demoOffsetDays,
  demoSchoolYears,
  movedBy,
  type DemoSchoolYear,
} from './demo-today';
import {
  DEMO_MEMBERS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_PORTAL_GUARDIANS,
  DEMO_SCENARIOS,
  type DemoScenario,
} from './demo-scenarios';

export interface DemoSeedReport {
  /** False when the demo organization was there already (the seed runs once). */
  created: boolean;
  logins: Array<{ email: string; role: string }>;
  password: string;
  /** Guardians with the family portal: they sign in by a link sent to the mail catcher. */
  portalGuardians: string[];
}

const at = (date: string, time = '15:00:00') => new Date(`${date}T${time}Z`);
const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Writes the demo organization through the same database rules as the product: members
 * through the named cross-organization path, everything else inside the organization as its
 * admin, so row-level security checks every row and the audit log records each one.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly scopes: DataScopes,
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly hasher: PasswordHasher,
    private readonly writtenRequests: WrittenRequestService,
    private readonly schoolResponses: SchoolResponseService,
    private readonly meetings: MeetingService,
    private readonly ingestion: InboundMailIngestion,
    private readonly classification: ReplyClassificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `today` (YYYY-MM-DD, the organization's time zone by default): the scenarios and the
   * calendars are moved to it, so the demo shows a realistic morning on any date.
   */
  async seed(
    today = new Date().toLocaleDateString('en-CA', { timeZone: DEMO_ORGANIZATION.timeZone }),
  ): Promise<DemoSeedReport> {
    const report = {
      logins: DEMO_MEMBERS.map(({ email, role }) => ({ email, role })),
      password: DEMO_PASSWORD,
      portalGuardians: [...DEMO_PORTAL_GUARDIANS],
    };
    const admin = DEMO_MEMBERS[0];
    const existing = await this.crossOrganization.run(
      'demo-seed',
      { lookup: { loginEmail: admin.email } },
      undefined,
      (scope) => findUserByEmail(scope, admin.email),
    );
    if (existing) return { created: false, ...report };

    const organizationId = randomUUID();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const members: Array<{ userId: string; membershipId: string }> = [];
    for (const [index, member] of DEMO_MEMBERS.entries()) {
      members.push(
        await this.crossOrganization.run(
          'demo-seed',
          { lookup: { loginEmail: member.email } },
          undefined,
          async (scope) => {
            const user = await scope.manager.save(
              scope.manager.create(User, { email: member.email, name: member.name, passwordHash }),
            );
            await scope.become({ userId: user.id, organizationId });
            if (index === 0) {
              await scope.manager.save(
                scope.manager.create(Organization, { id: organizationId, ...DEMO_ORGANIZATION }),
              );
            }
            const membership = await scope.manager.save(
              scope.manager.create(Membership, {
                organizationId,
                userId: user.id,
                role: member.role as MemberRole,
              }),
            );
            return { userId: user.id, membershipId: membership.id };
          },
        ),
      );
    }

    const years = demoSchoolYears(importSchoolCalendar(DEMO_CALENDAR_ICS), today);
    const offset = demoOffsetDays(DEMO_SCENARIOS, today);
    const [first] = members;
    if (!first) throw new Error('the demo has no members');
    const arrivals = await this.scopes.run(
      { organizationId, userId: first.userId },
      { action: 'demo-seed', actorUserId: first.userId },
      async (scope) => {
        // First the policy, so every request below is planned under it.
        await seedDemoPolicy(scope, organizationId);
        const cases: ShowcaseCase[] = [];
        const contactCases: DemoContactCase[] = [];
        const mailCases = new Map<string, DemoMailCase>();
        for (const scenario of DEMO_SCENARIOS) {
          const seeded = await this.seedScenario(
            scope,
            organizationId,
            movedBy(scenario, offset),
            years,
            today,
            members,
          );
          cases.push(seeded.showcase);
          contactCases.push(seeded.contacts);
          const advocate = DEMO_MEMBERS[scenario.case.advocate];
          mailCases.set(scenario.family, {
            ...seeded.showcase,
            advocateName: advocate.name,
            advocateEmail: advocate.email,
          });
        }
        const [showcase] = cases;
        if (showcase) await seedFollowUpShowcase(scope, this.writtenRequests, showcase);
        // A year of contacts, many at a time: one insert per chunk, not one per contact.
        const loggers = members.slice(0, 3).map((member) => member.userId);
        const log = demoContactLog(contactCases, today, DEMO_ORGANIZATION.timeZone, loggers);
        await scope.manager.save(
          log.map((row) =>
            scope.manager.create(ContactLogEntry, { organizationId, ...row, archivedAt: null }),
          ),
          { chunk: 200 },
        );
        // What the schools' replies answer, on record before they come in (demo-mail-in.ts).
        return prepareDemoMailIn(scope, this.writtenRequests, mailCases, this.config);
      },
    );
    // The replies themselves, through the ingestion, which finds their reply addresses in
    // transactions of its own: so only once the requests above are committed.
    await bringDemoRepliesIn(
      { ingestion: this.ingestion, classification: this.classification, scopes: this.scopes },
      arrivals,
    );
    return { created: true, ...report };
  }

  private async seedScenario(
    scope: DataScope,
    organizationId: string,
    scenario: DemoScenario,
    years: readonly DemoSchoolYear[],
    today: string,
    members: Array<{ userId: string; membershipId: string }>,
  ): Promise<{ showcase: ShowcaseCase; contacts: DemoContactCase }> {
    const save = <T extends object>(entity: new () => T, values: Partial<T>): Promise<T> =>
      scope.manager.save(scope.manager.create(entity, { organizationId, ...values } as never));

    const district = await save(District, { ...scenario.district, archivedAt: null });
    for (const calendar of years) {
      const year = await save(SchoolYear, {
        districtId: district.id,
        label: calendar.label,
        firstDay: calendar.firstDay,
        lastDay: calendar.lastDay,
      });
      await scope.manager.save(
        calendar.nonSchoolDays.map((day) =>
          scope.manager.create(NonSchoolDay, { organizationId, schoolYearId: year.id, ...day }),
        ),
      );
    }
    const school = await save(School, { districtId: district.id, name: scenario.school });
    const contacts: SchoolContact[] = [];
    for (const contact of scenario.contacts) {
      contacts.push(
        await save(SchoolContact, {
          districtId: district.id,
          schoolId: contact.districtWide ? null : school.id,
          name: contact.name,
          role: contact.role,
          title: contact.title,
          email: contact.email,
        }),
      );
    }
    // Case manager first, then the principal, then district staff: who to ask, in order.
    for (const [index, contact] of contacts.entries()) {
      await save(EscalationStep, {
        schoolId: school.id,
        contactId: contact.id,
        position: index + 1,
      });
    }

    const asked = DEMO_DEMOGRAPHICS[scenario.family];
    const family = await save(Family, {
      householdName: scenario.family,
      notes: '',
      county: asked?.county ?? null,
      postalCode: asked?.postalCode ?? null,
      placeDeclined: asked ? !asked.county : false,
    });
    const guardians: Guardian[] = [];
    for (const guardian of scenario.guardians) {
      const saved = await save(Guardian, {
        familyId: family.id,
        name: guardian.name,
        relationship: guardian.relationship,
        email: guardian.email,
        phone: `+1${guardian.phone.replace(/\D/g, '')}`,
        preferredLanguage: guardian.language,
        primaryLanguage: asked && !asked.languageDeclined ? guardian.language : null,
        primaryLanguageDeclined: asked?.languageDeclined ?? false,
      });
      guardians.push(saved);
      if (DEMO_PORTAL_GUARDIANS.includes(guardian.email))
        await save(PortalAccess, {
          guardianId: saved.id,
          email: guardian.email,
          invitedAt: new Date(),
          invitedByUserId: members[1]?.userId ?? null,
        });
    }
    const student = await save(Student, {
      familyId: family.id,
      schoolId: school.id,
      ...scenario.student,
      raceEthnicity: asked?.raceEthnicity ?? null,
      primaryDisability: asked?.primaryDisability ?? null,
    });

    const advocate = members[scenario.case.advocate];
    if (!advocate) throw new Error(`${scenario.scenario}: no member ${scenario.case.advocate}`);
    const caseRecord = await save(Case, {
      familyId: family.id,
      studentId: student.id,
      title: scenario.case.title,
      concerns: scenario.case.concerns,
      status: scenario.case.status,
      openedOn: scenario.case.openedOn,
    });
    await save(CaseAssignment, { caseId: caseRecord.id, membershipId: advocate.membershipId });
    const path: CaseStatus[] = [CaseStatus.INTAKE];
    if (scenario.case.status !== CaseStatus.INTAKE) path.push(CaseStatus.ACTIVE);
    if (scenario.case.status === CaseStatus.ON_HOLD) path.push(CaseStatus.ON_HOLD);
    for (const [index, status] of path.entries()) {
      await save(CaseStatusChange, {
        caseId: caseRecord.id,
        fromStatus: path[index - 1] ?? null,
        toStatus: status,
        changedAt: at(addDays(scenario.case.openedOn, index * 3)),
        changedByUserId: advocate.userId,
        reason: index === 0 ? 'Intake' : '',
      });
    }
    for (const message of scenario.case.familyMessages ?? []) {
      const [writer] = guardians;
      if (!writer) throw new Error(`${scenario.scenario}: a family message needs a guardian`);
      await save(FamilyMessage, {
        caseId: caseRecord.id,
        guardianId: writer.id,
        body: message.body,
        createdAt: at(message.sentOn, '13:45:00'),
      });
    }
    for (const [index, note] of scenario.case.notes.entries()) {
      await save(CaseNote, {
        caseId: caseRecord.id,
        body: note.body,
        visibility: note.shared ? NoteVisibility.SHARED_WITH_FAMILY : NoteVisibility.INTERNAL,
        authorUserId: advocate.userId,
        createdAt: at(addDays(scenario.case.openedOn, index * 5), '16:30:00'),
      });
    }

    // The written requests, sent and answered through the product's own services, so each
    // gets its deadline from the engine with the rule and citation beside it.
    const principal = {
      userId: advocate.userId,
      organizationId,
      membership: { id: advocate.membershipId, role: MemberRole.ADVOCATE },
    };
    const schoolStaff = contacts.filter((contact) => contact.schoolId === school.id);
    const [answeredBy] = schoolStaff.filter((c) => c.role === SchoolContactRole.PRINCIPAL);
    for (const demo of scenario.requests) {
      const created = await this.writtenRequests.create(scope, principal, {
        caseId: caseRecord.id,
        type: demo.type as WrittenRequestType,
        // The demo's requests say when their clock is not the request's receipt.
        trigger: (demo.trigger ?? 'WRITTEN_REQUEST_RECEIVED') as DeadlineTrigger,
        subject: demo.subject,
        body: demo.body,
        recipientIds: schoolStaff.map((contact) => contact.id),
      });
      await this.writtenRequests.send(scope, created.id, {
        sentOn: demo.sentOn,
        receivedOn: demo.receivedOn,
        channel: demo.channel as DeliveryChannel,
      });
      if (demo.response) {
        const { commitment, ...response } = demo.response;
        await this.schoolResponses.record(scope, principal, created.id, {
          ...response,
          channel: DeliveryChannel.EMAIL,
          outcome: response.outcome as ResponseOutcome,
          reasons: response.reasons as RefusalReason[],
          respondedByContactId: answeredBy?.id ?? null,
          commitments: commitment ? [commitment] : [],
        });
      }
    }

    await this.seedMeetings(scope, principal, scenario, caseRecord.id, today, {
      contactId: schoolStaff[0]?.id,
      guardian: guardians[0]?.name,
    });

    const support = scenario.attendance.support
      ? await save(Support, {
          studentId: student.id,
          name: scenario.attendance.support.name,
          startedOn: scenario.attendance.support.startedOn,
          notes: '',
        })
      : undefined;
    const days = demoAttendance(scenario, attendanceCalendar(years, today));
    const entries = await scope.manager.save(
      days.map(({ withSupport: _unused, ...day }) =>
        scope.manager.create(AttendanceEntry, {
          organizationId,
          studentId: student.id,
          ...day,
          recordedByUserId: advocate.userId,
        }),
      ),
    );
    if (support) {
      await scope.manager.save(
        entries
          .filter((_, index) => days[index]?.withSupport)
          .map((entry) =>
            scope.manager.create(AttendanceEntrySupport, {
              organizationId,
              entryId: entry.id,
              supportId: support.id,
            }),
          ),
      );
    }
    return {
      showcase: {
        organizationId,
        caseId: caseRecord.id,
        districtId: district.id,
        schoolId: school.id,
        timeZone: scenario.district.timeZone,
        recipientIds: schoolStaff.map((contact) => contact.id),
        principal,
      },
      contacts: {
        caseId: caseRecord.id,
        openedOn: scenario.case.openedOn,
        status: scenario.case.status,
        concerns: scenario.case.concerns,
        advocateUserId: advocate.userId,
        guardians: guardians.map((g) => ({
          id: g.id,
          name: g.name,
          language: g.preferredLanguage,
        })),
        schoolContacts: contacts.map((contact) => ({ id: contact.id })),
      },
    };
  }

  /**
   * The case's meetings, scheduled through the product so each has its two written items
   * due where the district is; an item due by today is done on its due day (the demo's
   * advocates keep up), so none shows overdue.
   */
  private async seedMeetings(
    scope: DataScope,
    principal: Parameters<MeetingService['schedule']>[1],
    scenario: DemoScenario,
    caseId: string,
    today: string,
    people: { contactId: string | undefined; guardian: string | undefined },
  ): Promise<void> {
    for (const demo of scenario.case.meetings) {
      const [hours = 0, minutes = 0] = demo.time.split(':').map(Number);
      const meeting = await this.meetings.schedule(scope, principal, {
        caseId,
        kind: demo.kind,
        startsAt: new Date(
          startOfDay(demo.on, scenario.district.timeZone).getTime() +
            (hours * 60 + minutes) * 60_000,
        ),
        location: demo.location,
        attendees: [
          ...(people.contactId ? [{ contactId: people.contactId }] : []),
          ...(people.guardian ? [{ name: people.guardian, role: 'parent' }] : []),
        ],
      });
      const tasks = await scope.manager.find(MeetingTask, { where: { meetingId: meeting.id } });
      for (const task of tasks)
        if (task.dueOn <= today)
          await this.meetings.completeTask(scope, task.id, { doneOn: task.dueOn });
    }
  }
}

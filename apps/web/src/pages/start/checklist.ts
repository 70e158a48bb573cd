/**
 * What a new organization still has to set up before its deadlines and follow-ups can be
 * trusted, worked out from what the Getting started page reads. Pure, so each rule is tested
 * on its own (checklist.spec.ts).
 */

export interface SetupSchool {
  id: string;
  name: string;
  contacts: readonly unknown[];
  escalationChain: readonly unknown[];
}

export interface SetupDistrict {
  id: string;
  name: string;
  /** District-wide staff: they count as contacts for every school of the district. */
  contacts: readonly unknown[];
  schools: readonly SetupSchool[];
}

export interface CalendarNeed {
  districtId: string;
  districtName: string;
  missingSchoolYears: readonly string[];
  provisionalRequests: number;
}

export interface SetupFacts {
  memberCount: number;
  pendingInvitations: number;
  districts: readonly SetupDistrict[];
  calendarNeeds: readonly CalendarNeed[];
  policyCustomized: boolean;
}

export type StepName = 'team' | 'districts' | 'calendars' | 'schools' | 'contacts' | 'policy';

/** Something still missing, named so the page can say it and link to where it is fixed. */
export type Missing =
  | {
      kind: 'calendar';
      districtId: string;
      name: string;
      years: readonly string[];
      provisional: number;
    }
  | { kind: 'district'; districtId: string; name: string }
  | { kind: 'school'; schoolId: string; name: string; district: string };

export interface Step {
  name: StepName;
  done: boolean;
  /** Where the step is done in the console. */
  to: string;
  missing: Missing[];
}

/** The steps in the order a new organization takes them. */
export function checklist(facts: SetupFacts): Step[] {
  const { districts } = facts;
  const schools = districts.flatMap((d) => d.schools.map((school) => ({ school, district: d })));
  const districtsWithoutSchools = districts.filter((d) => d.schools.length === 0);
  // A school is reachable when it has staff of its own or its district has district-wide staff,
  // and a follow-up can climb when its escalation chain names someone.
  const unreachable = schools.filter(
    ({ school, district }) =>
      (school.contacts.length === 0 && district.contacts.length === 0) ||
      school.escalationChain.length === 0,
  );

  return [
    {
      name: 'team',
      done: facts.memberCount > 1 || facts.pendingInvitations > 0,
      to: '/settings/members',
      missing: [],
    },
    { name: 'districts', done: districts.length > 0, to: '/settings/districts', missing: [] },
    {
      name: 'calendars',
      done: districts.length > 0 && facts.calendarNeeds.length === 0,
      to: '/settings/districts',
      missing: facts.calendarNeeds.map((need) => ({
        kind: 'calendar',
        districtId: need.districtId,
        name: need.districtName,
        years: need.missingSchoolYears,
        provisional: need.provisionalRequests,
      })),
    },
    {
      name: 'schools',
      done: districts.length > 0 && districtsWithoutSchools.length === 0,
      to: '/settings/schools',
      missing: districtsWithoutSchools.map((d) => ({
        kind: 'district',
        districtId: d.id,
        name: d.name,
      })),
    },
    {
      name: 'contacts',
      done: schools.length > 0 && unreachable.length === 0,
      to: '/settings/schools',
      missing: unreachable.map(({ school, district }) => ({
        kind: 'school',
        schoolId: school.id,
        name: school.name,
        district: district.name,
      })),
    },
    {
      name: 'policy',
      done: facts.policyCustomized,
      to: '/settings/follow-up-policy',
      missing: [],
    },
  ];
}

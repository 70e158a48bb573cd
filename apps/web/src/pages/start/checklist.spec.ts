import { describe, expect, it } from '@jest/globals';
import { checklist, type SetupDistrict, type SetupFacts } from './checklist';

const school = (id: string, contacts = 1, chain = 1) => ({
  id,
  name: `School ${id}`,
  contacts: Array.from({ length: contacts }, (_, i) => i),
  escalationChain: Array.from({ length: chain }, (_, i) => i),
});
const district = (id: string, schools: SetupDistrict['schools'], contacts = 0): SetupDistrict => ({
  id,
  name: `District ${id}`,
  contacts: Array.from({ length: contacts }, (_, i) => i),
  schools,
});
const facts = (over: Partial<SetupFacts>): SetupFacts => ({
  memberCount: 1,
  pendingInvitations: 0,
  districts: [],
  calendarNeeds: [],
  policyCustomized: false,
  ...over,
});
const step = (f: SetupFacts, name: string) => checklist(f).find((s) => s.name === name)!;

describe('the getting-started checklist', () => {
  it('a new organization has every step to do, in order', () => {
    const steps = checklist(facts({}));
    expect(steps.map((s) => s.name)).toEqual([
      'team',
      'districts',
      'calendars',
      'schools',
      'contacts',
      'policy',
    ]);
    expect(steps.every((s) => !s.done)).toBe(true);
  });

  it('the team step is done by a second member or a pending invitation', () => {
    expect(step(facts({ memberCount: 2 }), 'team').done).toBe(true);
    expect(step(facts({ pendingInvitations: 1 }), 'team').done).toBe(true);
  });

  it('names the districts whose calendar is missing, with the requests it makes provisional', () => {
    const f = facts({
      districts: [district('d1', [school('s1')])],
      calendarNeeds: [
        {
          districtId: 'd1',
          districtName: 'Maple',
          missingSchoolYears: ['2026-27'],
          provisionalRequests: 3,
        },
      ],
    });
    expect(step(f, 'calendars')).toMatchObject({
      done: false,
      missing: [
        { kind: 'calendar', districtId: 'd1', name: 'Maple', years: ['2026-27'], provisional: 3 },
      ],
    });
    expect(step({ ...f, calendarNeeds: [] }, 'calendars').done).toBe(true);
  });

  it('names a district with no school', () => {
    const f = facts({ districts: [district('d1', [school('s1')]), district('d2', [])] });
    expect(step(f, 'schools')).toMatchObject({
      done: false,
      missing: [{ kind: 'district', districtId: 'd2' }],
    });
  });

  it('a school needs someone to write to (its own or district-wide) and an escalation chain', () => {
    const ownStaff = district('d1', [school('s1', 1, 1)]);
    const districtStaff = district('d2', [school('s2', 0, 1)], 1);
    const nobody = district('d3', [school('s3', 0, 0)]);
    const noChain = district('d4', [school('s4', 2, 0)]);
    expect(step(facts({ districts: [ownStaff, districtStaff] }), 'contacts').done).toBe(true);
    const f = facts({ districts: [ownStaff, nobody, noChain] });
    expect(step(f, 'contacts').missing.map((m) => m.kind === 'school' && m.schoolId)).toEqual([
      's3',
      's4',
    ]);
  });

  it('the policy step is done once the organization has set its own', () => {
    expect(step(facts({ policyCustomized: true }), 'policy').done).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import type { CaseImport } from '@onrecord/cases';
import type { FamilyImport } from '@onrecord/families';
import { plainWords } from './column-guess';
import type { FamilyRow } from './family-rows';
import { studentKey } from './import-lookups';

export interface FamilyPlan {
  families: FamilyImport[];
  cases: CaseImport[];
  /** Families the rows joined that were already on record. */
  joinedFamilies: number;
}

/** Each row's family: rows sharing a key (familyKeys), directly or through others, are one. */
function familyOfRows(rows: readonly FamilyRow[]): number[] {
  const parent = rows.map((_row, index) => index);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const firstWith = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const key of row.familyKeys) {
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  return rows.map((_row, index) => root(index));
}

/**
 * Checked rows as families to write. Rows of one family (familyKeys) make one family; a
 * guardian email already on record joins that family instead of making a new one. Guardians
 * repeat across a family's rows (one per email, else per name); a student already on record
 * or on an earlier row (same name and date of birth) is not added again, and the row's case
 * is about them.
 */
export function planFamilies(
  rows: readonly FamilyRow[],
  onRecord: { familyOfEmail: Map<string, string>; students: Map<string, string> },
  members: Map<string, string>,
): FamilyPlan {
  const families = new Map<number, FamilyImport>();
  const familyOf = familyOfRows(rows);
  const guardiansSeen = new Set<string>();
  const students = new Map(onRecord.students);
  const cases: CaseImport[] = [];
  let joinedFamilies = 0;
  // A family on record that any of a group's guardian emails belongs to.
  const onRecordOf = new Map<number, string>();
  rows.forEach((row, index) => {
    const existing = row.guardian.email && onRecord.familyOfEmail.get(row.guardian.email);
    const group = familyOf[index] ?? index;
    if (existing && !onRecordOf.has(group)) onRecordOf.set(group, existing);
  });
  for (const [index, row] of rows.entries()) {
    const group = familyOf[index] ?? index;
    let family = families.get(group);
    if (!family) {
      const existing = onRecordOf.get(group);
      if (existing) joinedFamilies += 1;
      family = {
        id: existing ?? randomUUID(),
        householdName: existing ? null : row.householdName,
        guardians: [],
        students: [],
      };
      families.set(group, family);
    }
    const guardian = row.guardian.email ?? plainWords(row.guardian.name);
    const onFile = row.guardian.email && onRecord.familyOfEmail.has(row.guardian.email);
    if (!onFile && !guardiansSeen.has(`${family.id}|${guardian}`)) {
      guardiansSeen.add(`${family.id}|${guardian}`);
      family.guardians.push({ id: randomUUID(), input: row.guardian });
    }
    const key = studentKey(family.id, row.student.name, row.student.dateOfBirth);
    let studentId = students.get(key);
    if (!studentId) {
      studentId = randomUUID();
      students.set(key, studentId);
      family.students.push({ id: studentId, input: row.student });
    }
    if (row.case) {
      const advocateId = row.case.advocateEmail ? members.get(row.case.advocateEmail) : undefined;
      cases.push({
        id: randomUUID(),
        familyId: family.id,
        studentId,
        fields: row.case.fields,
        advocateIds: advocateId ? [advocateId] : [],
      });
    }
  }
  return { families: [...families.values()], cases, joinedFamilies };
}

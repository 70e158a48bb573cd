import { Injectable } from '@nestjs/common';
import { CaseImportService } from '@onrecord/cases';
import { FamilyImportService } from '@onrecord/families';
import { SchoolContactService } from '@onrecord/directory';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { guessMapping } from './column-guess';
import { checkContactRow, leaveOutRepeatedContacts } from './contact-rows';
import { readCsv, type CsvTable } from './csv-table';
import { planFamilies } from './family-plan';
import { checkFamilyRow, type FamilyRow } from './family-rows';
import { IMPORT_FIELDS, ImportKind, type ColumnMapping } from './import-fields';
import {
  contactsOnRecord,
  directoryNames,
  familiesOnRecord,
  membersByEmail,
} from './import-lookups';
import { ImportMapping } from './import-mapping.entity';
import { keptFor, mappingProblems } from './import-mapping';
import type { ImportProblem } from './import-problem';

export interface ImportRequest {
  kind: ImportKind;
  csv: string;
  /** Null: the mapping saved for this kind, else the one the headers suggest. */
  mapping: ColumnMapping | null;
}

/** What the file would create (a dry run) or created (an import). */
export interface ImportCounts {
  families: number;
  joinedFamilies: number;
  guardians: number;
  students: number;
  cases: number;
  schoolContacts: number;
}

export interface ImportReport {
  kind: ImportKind;
  /** The fields this kind of import takes, in the order a form shows them. */
  fields: string[];
  headers: string[];
  mapping: ColumnMapping;
  mappingFrom: 'GIVEN' | 'SAVED' | 'GUESSED';
  /** Set when the mapping is not usable: then no row was checked. */
  mappingProblems: Array<{ field: string; message: string }>;
  rows: number;
  goodRows: number;
  problems: ImportProblem[];
  counts: ImportCounts;
  /** After an import: whether anything was written, the new families and cases (first 100). */
  imported: boolean;
  families: Array<{ id: string; householdName: string }>;
  cases: Array<{ id: string; title: string }>;
}

const NO_COUNTS: ImportCounts = {
  families: 0,
  joinedFamilies: 0,
  guardians: 0,
  students: 0,
  cases: 0,
  schoolContacts: 0,
};

/**
 * The CSV import of families (with guardians, students and cases) and of school contacts.
 * A dry run (`preview`) reads and checks every row and writes nothing; `run` checks the
 * same way and then writes everything in the request's one transaction, under the
 * organization's row-level security: all rows or, refused, none — unless only the good rows
 * are asked for. The records are written by the features that own them, in bulk.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly families: FamilyImportService,
    private readonly cases: CaseImportService,
    private readonly contacts: SchoolContactService,
  ) {}

  preview(scope: DataScope, request: ImportRequest): Promise<ImportReport> {
    return this.check(scope, request, null, async () => false);
  }

  async run(
    scope: DataScope,
    userId: string,
    request: ImportRequest,
    options: { goodRowsOnly: boolean },
  ): Promise<ImportReport> {
    const report = await this.check(scope, request, userId, async (report, write) => {
      if (report.mappingProblems.length) throw badUserInput(report.mappingProblems);
      if (report.problems.length && !options.goodRowsOnly) {
        const rows = new Set(report.problems.map((p) => p.row)).size;
        throw badUserInput(
          report.problems.slice(0, 50).map((p) => ({
            field: `row ${p.row}${p.column ? `, ${p.column}` : ''}`,
            message: p.message,
          })),
          `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported. Correct the file, or import only the good rows.`,
        );
      }
      await write();
      await this.saveMapping(scope, request.kind, report.mapping);
      return true;
    });
    return report;
  }

  /** The mapping last used for this kind of import, if any. */
  async savedMapping(scope: DataScope, kind: ImportKind): Promise<ColumnMapping | null> {
    const saved = await scope.manager.findOneBy(ImportMapping, { kind });
    return saved?.columns ?? null;
  }

  private async saveMapping(scope: DataScope, kind: ImportKind, columns: ColumnMapping) {
    await scope.manager.upsert(
      ImportMapping,
      { organizationId: scope.organizationId, kind, columns },
      { conflictPaths: ['organizationId', 'kind'] },
    );
  }

  /**
   * Reads the file, settles the mapping, checks every row, plans what the good rows make,
   * then lets `finish` decide whether to write (with `write`).
   */
  private async check(
    scope: DataScope,
    request: ImportRequest,
    userId: string | null,
    finish: (report: ImportReport, write: () => Promise<void>) => Promise<boolean>,
  ): Promise<ImportReport> {
    const table = readCsv(request.csv);
    const saved = request.mapping ? null : await this.savedMapping(scope, request.kind);
    const mapping =
      request.mapping ??
      (saved ? keptFor(saved, table.headers) : guessMapping(request.kind, table.headers));
    const report: ImportReport = {
      kind: request.kind,
      fields: IMPORT_FIELDS[request.kind].map((field) => field.key),
      headers: table.headers,
      mapping,
      mappingFrom: request.mapping ? 'GIVEN' : saved ? 'SAVED' : 'GUESSED',
      mappingProblems: mappingProblems(request.kind, mapping, table.headers),
      rows: table.rows.length,
      goodRows: 0,
      problems: [],
      counts: { ...NO_COUNTS },
      imported: false,
      families: [],
      cases: [],
    };
    if (report.mappingProblems.length) {
      report.imported = await finish(report, async () => undefined);
      return report;
    }
    const write =
      request.kind === ImportKind.FAMILIES
        ? await this.checkFamilies(scope, table, mapping, report, userId)
        : await this.checkContacts(scope, table, mapping, report);
    report.imported = await finish(report, write);
    return report;
  }

  private async checkFamilies(
    scope: DataScope,
    table: CsvTable,
    mapping: ColumnMapping,
    report: ImportReport,
    userId: string | null,
  ): Promise<() => Promise<void>> {
    const advocateEmails = mapping['advocateEmail']
      ? [
          ...new Set(
            table.rows
              .map((r) => (r.cells[mapping['advocateEmail'] ?? ''] ?? '').toLowerCase())
              .filter(Boolean),
          ),
        ]
      : [];
    const [directory, members] = await Promise.all([
      directoryNames(scope),
      membersByEmail(scope, advocateEmails),
    ]);
    const unassignable = await this.cases.unassignable(scope, [...members.values()]);
    const rows: FamilyRow[] = [];
    for (const row of table.rows) {
      rows.push(
        await checkFamilyRow(row, mapping, { schools: directory.schools, members, unassignable }),
      );
    }
    const good = rows.filter((row) => !row.problems.length);
    report.problems = rows.flatMap((row) => row.problems);
    report.goodRows = good.length;
    const emails = [
      ...new Set(good.flatMap((row) => (row.guardian.email ? [row.guardian.email] : []))),
    ];
    const plan = planFamilies(good, await familiesOnRecord(scope, emails), members);
    report.counts = {
      ...NO_COUNTS,
      families: plan.families.filter((f) => f.householdName !== null).length,
      joinedFamilies: plan.joinedFamilies,
      guardians: plan.families.reduce((n, f) => n + f.guardians.length, 0),
      students: plan.families.reduce((n, f) => n + f.students.length, 0),
      cases: plan.cases.length,
    };
    return async () => {
      await this.families.insertMany(scope, plan.families);
      await this.cases.openMany(scope, userId ?? '', plan.cases);
      report.families = plan.families
        .filter((f) => f.householdName !== null)
        .slice(0, 100)
        .map((f) => ({ id: f.id, householdName: f.householdName ?? '' }));
      report.cases = plan.cases.slice(0, 100).map((c) => ({ id: c.id, title: c.fields.title }));
    };
  }

  private async checkContacts(
    scope: DataScope,
    table: CsvTable,
    mapping: ColumnMapping,
    report: ImportReport,
  ): Promise<() => Promise<void>> {
    const [directory, onRecord] = await Promise.all([
      directoryNames(scope),
      contactsOnRecord(scope),
    ]);
    const rows = [];
    for (const row of table.rows) rows.push(await checkContactRow(row, mapping, directory));
    leaveOutRepeatedContacts(rows, onRecord, mapping);
    const good = rows.filter((row) => !row.problems.length);
    report.problems = rows.flatMap((row) => row.problems);
    report.goodRows = good.length;
    report.counts = { ...NO_COUNTS, schoolContacts: good.length };
    return () =>
      this.contacts.insertMany(
        scope,
        good.map((row) => ({ id: crypto.randomUUID(), input: row.input })),
      );
  }
}

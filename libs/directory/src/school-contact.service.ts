import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { type Connection } from '@onrecord/platform/graphql';
import { insertAudited } from '@onrecord/platform/audit';
import { District } from './district.entity';
import { EscalationStep } from './escalation-step.entity';
import { School } from './school.entity';
import { SchoolContact } from './school-contact.entity';
import type {
  CreateSchoolContactInput,
  SchoolContactFilter,
  UpdateSchoolContactInput,
} from './school-contact.inputs';
import type { SchoolContactObject } from './directory.objects';
import { toSchoolContact } from './conversions';
import { byNamePage } from './name-list';

const blankToNull = (text: string | null | undefined): string | null => text?.trim() || null;

/** The columns of a new contact from its checked input. */
function schoolContactRow(organizationId: string, input: CreateSchoolContactInput) {
  return {
    organizationId,
    districtId: input.districtId,
    schoolId: input.schoolId ?? null,
    name: input.name.trim(),
    role: input.role,
    title: blankToNull(input.title),
    email: blankToNull(input.email),
    phone: input.phone ?? null,
    archivedAt: null,
  };
}

@Injectable()
export class SchoolContactService {
  async create(scope: DataScope, input: CreateSchoolContactInput): Promise<SchoolContactObject> {
    const organizationId = scope.organizationId;
    await referencedRecord(scope, District, input.districtId, 'districtId', 'district');
    if (input.schoolId) await this.schoolOfDistrict(scope, input.schoolId, input.districtId);
    const contact = scope.manager.create(SchoolContact, schoolContactRow(organizationId, input));
    return toSchoolContact(await scope.manager.save(contact));
  }

  /**
   * The CSV import: many contacts whose fields were checked by the same rules as
   * createSchoolContact and whose district and school were found in the directory, in a
   * few multi-row statements, each with its audit event.
   */
  async insertMany(
    scope: DataScope,
    contacts: ReadonlyArray<{ id: string; input: CreateSchoolContactInput }>,
  ): Promise<void> {
    await insertAudited(
      scope,
      SchoolContact,
      contacts.map(({ id, input }) => ({ id, ...schoolContactRow(scope.organizationId, input) })),
    );
  }

  async update(
    scope: DataScope,
    id: string,
    input: UpdateSchoolContactInput,
  ): Promise<SchoolContactObject> {
    const contact = await findRecord(scope, SchoolContact, id, 'School contact');
    if (input.schoolId !== undefined && input.schoolId !== contact.schoolId) {
      if (input.schoolId) await this.schoolOfDistrict(scope, input.schoolId, contact.districtId);
      await this.assertChainsAllow(scope, contact, input.schoolId);
      contact.schoolId = input.schoolId;
    }
    if (input.name) contact.name = input.name.trim();
    if (input.role) contact.role = input.role;
    if (input.title !== undefined) contact.title = blankToNull(input.title);
    if (input.email !== undefined) contact.email = blankToNull(input.email);
    if (input.phone !== undefined) contact.phone = input.phone;
    return toSchoolContact(await scope.manager.save(contact));
  }

  async get(scope: DataScope, id: string): Promise<SchoolContactObject> {
    return toSchoolContact(await findRecord(scope, SchoolContact, id, 'School contact'));
  }

  /** An archived contact stays in escalation chains (shown archived) until a chain is set again. */
  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<SchoolContactObject> {
    return toSchoolContact(await setArchived(scope, SchoolContact, id, 'School contact', archived));
  }

  async delete(scope: DataScope, id: string): Promise<SchoolContactObject> {
    const contact = await findRecord(scope, SchoolContact, id, 'School contact');
    const step = await scope.manager.findOne(EscalationStep, {
      where: { contactId: contact.id },
      relations: { school: true },
    });
    if (step) {
      throw conflict(
        `${contact.name} is in the escalation chain of ${step.school?.name ?? 'a school'}: ` +
          'take them out of it first, or archive the contact instead.',
      );
    }
    return toSchoolContact(await deleteRecord(scope, SchoolContact, id, 'School contact'));
  }

  async list(
    scope: DataScope,
    filter: SchoolContactFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<SchoolContactObject>> {
    const query = scope.manager.createQueryBuilder(SchoolContact, 'c');
    if (!filter?.includeArchived) query.andWhere('c.archived_at IS NULL');
    if (filter?.districtId) {
      query.andWhere('c.district_id = :districtId', { districtId: filter.districtId });
    }
    if (filter?.schoolId && filter.withDistrictStaff) {
      // The school's own staff, and the district-wide staff of the school's district.
      query.andWhere(
        `(c.school_id = :schoolId OR (c.school_id IS NULL AND c.district_id =
           (SELECT s.district_id FROM school s WHERE s.id = :schoolId)))`,
        { schoolId: filter.schoolId },
      );
    } else if (filter?.schoolId) {
      query.andWhere('c.school_id = :schoolId', { schoolId: filter.schoolId });
    }
    if (filter?.role) query.andWhere('c.role = :role', { role: filter.role });
    return byNamePage(query, 'c', { first, after, search: filter?.search }, toSchoolContact, [
      'name',
      'title',
      'email',
    ]);
  }

  /** A contact's school must be an active school of the contact's district. */
  private async schoolOfDistrict(
    scope: DataScope,
    schoolId: string,
    districtId: string,
  ): Promise<School> {
    const school = await referencedRecord(scope, School, schoolId, 'schoolId', 'school');
    if (school.districtId !== districtId) {
      throw badUserInput([
        { field: 'schoolId', message: `${school.name} is a school of another district` },
      ]);
    }
    return school;
  }

  /**
   * Moving a contact to another school must not leave them in a chain they no longer fit:
   * only a school's own staff and district-wide staff can be in its chain.
   */
  private async assertChainsAllow(
    scope: DataScope,
    contact: SchoolContact,
    schoolId: string | null,
  ): Promise<void> {
    if (schoolId === null) return;
    const steps = await scope.manager.find(EscalationStep, {
      where: { contactId: contact.id },
      relations: { school: true },
    });
    const other = steps.find((step) => step.schoolId !== schoolId);
    if (other) {
      throw badUserInput([
        {
          field: 'schoolId',
          message: `${contact.name} is in the escalation chain of ${other.school?.name ?? 'another school'}: take them out of it first`,
        },
      ]);
    }
  }
}

import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type Connection } from '@onrecord/platform/graphql';
import { District } from './district.entity';
import { School } from './school.entity';
import type { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from './school.inputs';
import type { SchoolObject } from './directory.objects';
import { toSchool } from './conversions';
import { byNamePage } from './name-list';

@Injectable()
export class SchoolService {
  async create(scope: DataScope, input: CreateSchoolInput): Promise<SchoolObject> {
    const organizationId = scope.organizationId;
    await referencedRecord(scope, District, input.districtId, 'districtId', 'district');
    const school = scope.manager.create(School, {
      organizationId,
      districtId: input.districtId,
      name: input.name.trim(),
      archivedAt: null,
    });
    return toSchool(await scope.manager.save(school));
  }

  async update(scope: DataScope, id: string, input: UpdateSchoolInput): Promise<SchoolObject> {
    const school = await findRecord(scope, School, id, 'School');
    if (input.name) school.name = input.name.trim();
    return toSchool(await scope.manager.save(school));
  }

  async get(scope: DataScope, id: string): Promise<SchoolObject> {
    return toSchool(await findRecord(scope, School, id, 'School'));
  }

  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<SchoolObject> {
    return toSchool(await setArchived(scope, School, id, 'School', archived));
  }

  /** Refused (CONFLICT) while contacts or students belong to it; its chain goes with it. */
  async delete(scope: DataScope, id: string): Promise<SchoolObject> {
    return toSchool(await deleteRecord(scope, School, id, 'School'));
  }

  async list(
    scope: DataScope,
    filter: SchoolFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<SchoolObject>> {
    const query = scope.manager.createQueryBuilder(School, 's');
    if (!filter?.includeArchived) query.andWhere('s.archived_at IS NULL');
    if (filter?.districtId) {
      query.andWhere('s.district_id = :districtId', { districtId: filter.districtId });
    }
    return byNamePage(query, 's', { first, after, search: filter?.search }, toSchool);
  }
}

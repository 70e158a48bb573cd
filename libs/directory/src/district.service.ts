import { Injectable } from '@nestjs/common';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import { type Connection } from '@onrecord/platform/graphql';
import { District } from './district.entity';
import type { CreateDistrictInput, DistrictFilter, UpdateDistrictInput } from './district.inputs';
import type { DistrictObject } from './directory.objects';
import { toDistrict } from './conversions';
import { byNamePage } from './name-list';

@Injectable()
export class DistrictService {
  async create(scope: DataScope, input: CreateDistrictInput): Promise<DistrictObject> {
    const organizationId = scope.organizationId;
    const district = scope.manager.create(District, {
      organizationId,
      name: input.name.trim(),
      state: input.state,
      timeZone: input.timeZone,
      archivedAt: null,
    });
    return toDistrict(await scope.manager.save(district));
  }

  async update(scope: DataScope, id: string, input: UpdateDistrictInput): Promise<DistrictObject> {
    const district = await findRecord(scope, District, id, 'District');
    if (input.name !== undefined && input.name !== null) district.name = input.name.trim();
    if (input.state) district.state = input.state;
    if (input.timeZone) district.timeZone = input.timeZone;
    return toDistrict(await scope.manager.save(district));
  }

  async get(scope: DataScope, id: string): Promise<DistrictObject> {
    return toDistrict(await findRecord(scope, District, id, 'District'));
  }

  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<DistrictObject> {
    return toDistrict(await setArchived(scope, District, id, 'District', archived));
  }

  /** Refused (CONFLICT) while schools or contacts belong to it; its calendars go with it. */
  async delete(scope: DataScope, id: string): Promise<DistrictObject> {
    return toDistrict(await deleteRecord(scope, District, id, 'District'));
  }

  async list(
    scope: DataScope,
    filter: DistrictFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<DistrictObject>> {
    const query = scope.manager.createQueryBuilder(District, 'd');
    if (!filter?.includeArchived) query.andWhere('d.archived_at IS NULL');
    if (filter?.state) query.andWhere('d.state = :state', { state: filter.state });
    return byNamePage(query, 'd', { first, after, search: filter?.search }, toDistrict);
  }
}

import { Injectable } from '@nestjs/common';
import { isUniqueViolation, type DataScope } from '@onrecord/platform/database';
import {
  badUserInput,
  conflict,
  deleteRecord,
  findRecord,
  notArchived,
  setArchived,
  type MemberPrincipal,
} from '@onrecord/platform/graphql';
import { AttendanceEntry } from './attendance-entry.entity';
import { BUILT_IN_TRIGGERS, builtInTriggerFor, labelKey, tidyLabel } from './built-in-triggers';
import { toBuiltInTag, toOwnTag } from './conversions';
import { ObservationTag } from './observation-tag.entity';
import type { ObservationTagObject } from './observation-tag.objects';

const MAX_LABEL = 100;

/** The trigger labels of an organization: the built-in starting list plus its own tags. */
@Injectable()
export class ObservationTagService {
  /** Built-in triggers first, in their usual order, then the organization's own by label. */
  async list(scope: DataScope, includeArchived?: boolean | null): Promise<ObservationTagObject[]> {
    const own = await scope.manager.find(ObservationTag, {
      where: notArchived(includeArchived),
      order: { label: 'ASC', id: 'ASC' },
    });
    return [...BUILT_IN_TRIGGERS.map(toBuiltInTag), ...own.map(toOwnTag)];
  }

  async add(
    scope: DataScope,
    principal: MemberPrincipal,
    rawLabel: string,
  ): Promise<ObservationTagObject> {
    const label = tidyLabel(rawLabel);
    if (!label) throw badUserInput([{ field: 'label', message: 'must not be empty' }]);
    if (label.length > MAX_LABEL) {
      throw badUserInput([{ field: 'label', message: `must be at most ${MAX_LABEL} characters` }]);
    }
    const builtIn = builtInTriggerFor(label);
    if (builtIn) {
      throw badUserInput([
        { field: 'label', message: `“${builtIn.label}” is a built-in trigger already` },
      ]);
    }
    const existing = await scope.manager
      .createQueryBuilder(ObservationTag, 't')
      .where('lower(t.label) = :key', { key: labelKey(label) })
      .getOne();
    if (existing) throw alreadyThere(existing);
    try {
      const tag = await scope.savepoint(() =>
        scope.manager.save(
          scope.manager.create(ObservationTag, { organizationId: principal.organizationId, label }),
        ),
      );
      return toOwnTag(tag);
    } catch (error) {
      // Someone added the same label at the same moment.
      if (isUniqueViolation(error, 'UQ_observation_tag_label')) {
        throw conflict(`“${label}” is already an observation tag.`);
      }
      throw error;
    }
  }

  async setArchived(
    scope: DataScope,
    id: string,
    archived: boolean,
  ): Promise<ObservationTagObject> {
    return toOwnTag(await setArchived(scope, ObservationTag, id, 'Observation tag', archived));
  }

  /**
   * Entries hold labels, not a reference PostgreSQL could guard, so the check is ours: a tag
   * still on an entry stays (archive it) rather than leave labels nobody can pick again.
   */
  async delete(scope: DataScope, id: string): Promise<ObservationTagObject> {
    const tag = await findRecord(scope, ObservationTag, id, 'Observation tag');
    const uses = await scope.manager
      .createQueryBuilder(AttendanceEntry, 'e')
      .where('EXISTS (SELECT 1 FROM unnest(e.triggers) AS t(label) WHERE lower(t.label) = :key)', {
        key: labelKey(tag.label),
      })
      .getCount();
    if (uses > 0) {
      throw conflict(
        `“${tag.label}” is on ${uses} attendance ${uses === 1 ? 'entry' : 'entries'}, so it cannot be deleted. Archive it instead.`,
      );
    }
    return toOwnTag(await deleteRecord(scope, ObservationTag, id, 'Observation tag'));
  }
}

function alreadyThere(tag: ObservationTag) {
  return tag.archivedAt
    ? conflict(`“${tag.label}” is already an observation tag, archived: restore it instead.`)
    : conflict(`“${tag.label}” is already an observation tag.`);
}

import { Injectable } from '@nestjs/common';
import {
  isUniqueViolation,
  type DataScope,
  deleteRecord,
  findRecord,
  notArchived,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { AttendanceEntry } from './attendance-entry.entity';
import { BUILT_IN_TRIGGERS, builtInTriggerFor, labelKey, tidyLabel } from './built-in-triggers';
import { toBuiltInTag, toOwnTag } from './conversions';
import { ObservationTag } from './observation-tag.entity';
import {
  labelClashes,
  labelProblem,
  parseTranslations,
  type TranslationInput,
} from './observation-tag-labels';
import type { ObservationTagObject } from './observation-tag.objects';

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
    rawTranslations?: readonly TranslationInput[] | null,
  ): Promise<ObservationTagObject> {
    const label = tidyLabel(rawLabel);
    const problem = labelProblem(label, 'label');
    const { translations, labels, problems } = parseTranslations(rawTranslations);
    if (problem || problems.length)
      throw badUserInput([...(problem ? [problem] : []), ...problems]);
    const builtIn = builtInTriggerFor(label);
    if (builtIn) {
      throw badUserInput([
        { field: 'label', message: `“${builtIn.label}” is a built-in trigger already` },
      ]);
    }
    await lockTags(scope);
    const existing = await scope.manager
      .createQueryBuilder(ObservationTag, 't')
      .where('lower(t.label) = :key', { key: labelKey(label) })
      .getOne();
    if (existing) throw alreadyThere(existing);
    const clashes = labelClashes(
      [{ field: 'label', label }, ...labels],
      await scope.manager.find(ObservationTag),
    );
    if (clashes.length) throw badUserInput(clashes);
    try {
      const tag = await scope.savepoint(() =>
        scope.manager.save(
          scope.manager.create(ObservationTag, {
            organizationId: principal.organizationId,
            label,
            translations,
          }),
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

  /**
   * Gives the tag's label in each other language the organization writes in, replacing what
   * it had (an empty list leaves only the English). Entries keep the English label, so days
   * already logged are unchanged.
   */
  async setTranslations(
    scope: DataScope,
    id: string,
    rawTranslations: readonly TranslationInput[],
  ): Promise<ObservationTagObject> {
    const tag = await findRecord(scope, ObservationTag, id, 'Observation tag');
    const { translations, labels, problems } = parseTranslations(rawTranslations);
    if (problems.length) throw badUserInput(problems);
    await lockTags(scope);
    const others = (await scope.manager.find(ObservationTag)).filter((t) => t.id !== tag.id);
    const clashes = labelClashes(labels, others);
    if (clashes.length) throw badUserInput(clashes);
    tag.translations = translations;
    return toOwnTag(await scope.manager.save(tag));
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

/**
 * One writer of an organization's tags at a time, to the end of the transaction: a label must
 * be unique across every language, which no index on one column can hold.
 */
async function lockTags(scope: DataScope): Promise<void> {
  const organizationId = scope.organizationId;
  await scope.manager.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('observation_tag/' || $1, 0))`,
    [organizationId],
  );
}

function alreadyThere(tag: ObservationTag) {
  return tag.archivedAt
    ? conflict(`“${tag.label}” is already an observation tag, archived: restore it instead.`)
    : conflict(`“${tag.label}” is already an observation tag.`);
}

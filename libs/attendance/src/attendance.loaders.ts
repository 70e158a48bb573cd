import { In } from 'typeorm';
import { type RequestContext } from '@onrecord/platform/request';
import { AttendanceEntrySupport } from './attendance-entry-support.entity';
import type { Support } from './support.entity';

/**
 * The supports each attendance entry lists, for every entry of a response in one query.
 * Archived supports are returned too: the entry says what was in place that day.
 */
export function loadEntrySupports(request: RequestContext, entryId: string): Promise<Support[]> {
  return request
    .loader<string, Support[]>('attendance-entry-supports', async (scope, entryIds) => {
      const links = await scope.manager.find(AttendanceEntrySupport, {
        where: { entryId: In([...entryIds]) },
        relations: { support: true },
      });
      return entryIds.map((id) =>
        links
          .flatMap((link) => (link.entryId === id && link.support ? [link.support] : []))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    })
    .load(entryId)
    .then((supports) => supports ?? []);
}

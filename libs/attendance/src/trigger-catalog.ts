import type { DataScope } from '@onrecord/platform/database';
import { type FieldProblem } from '@onrecord/platform/errors';
import { BUILT_IN_TRIGGERS, builtInLabels, matchKey } from './built-in-triggers';
import { ObservationTag } from './observation-tag.entity';
import { tagLabels } from './observation-tag-labels';

/**
 * The trigger labels an attendance entry may carry: the built-in ones and the organization's
 * own active tags, each in English or in another language the organization writes in
 * (matched without regard to case or accents), stored by its English label. Entries store labels (not ids) so the record reads the same after a tag is
 * archived; this is what keeps them from drifting into typos.
 */
export class TriggerCatalog {
  private readonly active = new Map<string, string>();
  private readonly archived = new Map<string, string>();

  constructor(ownTags: readonly ObservationTag[]) {
    // An own tag in any of its languages is stored by its one (English) label.
    for (const tag of ownTags) {
      const into = tag.archivedAt ? this.archived : this.active;
      for (const label of tagLabels(tag)) into.set(matchKey(label), tag.label);
    }
    // A built-in trigger in any language is stored by its one label.
    for (const trigger of BUILT_IN_TRIGGERS)
      for (const label of builtInLabels(trigger)) this.active.set(matchKey(label), trigger.label);
  }

  static async load(scope: DataScope): Promise<TriggerCatalog> {
    return new TriggerCatalog(await scope.manager.find(ObservationTag));
  }

  /**
   * The labels as the catalog writes them (case and spacing tidied, repeats dropped), or a
   * problem on `<field>.N` for each label that is unknown or archived.
   */
  resolve(
    labels: readonly string[],
    field: string,
  ): { labels: string[]; problems: FieldProblem[] } {
    const resolved: string[] = [];
    const problems: FieldProblem[] = [];
    labels.forEach((label, index) => {
      const key = matchKey(label);
      const known = this.active.get(key);
      if (known) {
        if (!resolved.includes(known)) resolved.push(known);
      } else if (this.archived.has(key)) {
        problems.push({
          field: `${field}.${index}`,
          message: `“${this.archived.get(key)}” is an archived observation tag: restore it first`,
        });
      } else {
        problems.push({
          field: `${field}.${index}`,
          message: `“${label.trim()}” is not a known trigger: pick a built-in one or add it as an observation tag first`,
        });
      }
    });
    return { labels: resolved, problems };
  }
}

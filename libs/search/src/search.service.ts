import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { SEARCH_SQL } from './search.query';
import {
  SearchHitKind,
  type SearchHitObject,
  type SearchSnippetPartObject,
} from './search-hit.objects';
import { searchTerms } from './search-terms';

/** The most hits one search returns. */
export const SEARCH_FIRST_MAX = 50;

const START = '\u0002';
const STOP = '\u0003';
/** ts_headline's options: up to two short fragments around the matches, marked START…STOP. */
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

interface Row {
  kind: SearchHitKind;
  id: string;
  case_id: string | null;
  title: string;
  context: string | null;
  rank: number;
  snippet: string;
}

/** Search across the organization's records (README "Search"). */
@Injectable()
export class SearchService {
  async search(scope: DataScope, text: string, first: number): Promise<SearchHitObject[]> {
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_FIRST_MAX)
      throw badUserInput([{ field: 'first', message: `1 to ${SEARCH_FIRST_MAX}` }]);
    const rows = (await scope.manager.query(SEARCH_SQL, [
      searchTerms(text),
      first,
      HEADLINE,
    ])) as Row[];
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      caseId: row.case_id,
      title: row.title,
      context: row.context,
      rank: Number(row.rank),
      snippet: snippetParts(row.snippet),
    }));
  }
}

/** ts_headline's text as parts: the text between START and STOP is a match. */
export function snippetParts(headline: string): SearchSnippetPartObject[] {
  const parts: SearchSnippetPartObject[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

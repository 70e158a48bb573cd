import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { FamilyRecords } from '@onrecord/platform/auth';
import { SearchHitObject } from './search-hit.objects';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  // Family records: what the case pages show (notes included), so who reads those.
  @FamilyRecords()
  @Query(() => [SearchHitObject], {
    description:
      'The organization’s families, guardians, students, schools, cases, written requests, school responses, case notes and logged contacts whose words start with every word of `text` (accents and case ignored), best first: a name above a subject above a body. `text`: 1 to 200 characters with a letter or a digit.',
  })
  async search(
    @Args('text', { type: () => String }) text: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1 to 50.' }) first: number,
    @Scope() scope: DataScope,
  ): Promise<SearchHitObject[]> {
    return this.searches.search(scope, text, first);
  }
}

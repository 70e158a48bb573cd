import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Search across the organization's records: one query, read with row-level security. */
@Module({ providers: [SearchService, SearchResolver] })
export class SearchModule {}

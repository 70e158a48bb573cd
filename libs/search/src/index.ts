/** What the apps use of search: its module. The rest is its own. */
export { SearchModule } from './search.module';
/** The search statement itself, for bench:search to time beside a baseline. */
export { SEARCH_SQL } from './search.query';

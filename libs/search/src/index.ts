/** What the apps use of search: its module. The rest is its own. */
export { SearchModule } from './search.module';

/**
 * What the other libs, the apps and the tests use of family-data: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { FamilyDataModule } from './family-data.module';

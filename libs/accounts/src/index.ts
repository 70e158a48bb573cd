/**
 * What the other libs, the apps and the tests use of accounts: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { ACCOUNTS_ENTITIES } from './accounts.entities';
export { AccountsModule } from './accounts.module';
export { passwordProblems } from './password-policy';
export { RefreshToken } from './refresh-token.entity';
export { hashToken, RefreshTokens } from './refresh-tokens';
export { User } from './user.entity';

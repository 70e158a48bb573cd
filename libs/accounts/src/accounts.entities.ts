import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

/** The TypeORM entities of accounts, in one list: the schema catalog and the lib's specs use it. */
export const ACCOUNTS_ENTITIES = [User, RefreshToken];

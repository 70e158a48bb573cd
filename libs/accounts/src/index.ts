export * from './user.entity';
export * from './refresh-token.entity';
export * from './refresh-tokens';
export * from './password-policy';
export * from './accounts.module';
export * from './accounts.entities';

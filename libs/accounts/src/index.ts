export * from './user.entity';
export * from './refresh-token.entity';

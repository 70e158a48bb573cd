export * from './graphql.module';
export * from './errors';
export * from './format-error';
export * from './print-schema';

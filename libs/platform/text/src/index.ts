export * from './language';
export * from './long-date';
export * from './join-names';
export * from './one-line';

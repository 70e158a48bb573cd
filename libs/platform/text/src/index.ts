export * from './language';
export * from './long-date';
export * from './join-names';
export * from './one-line';
export * from './today-in';

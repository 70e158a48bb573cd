export * from './given';
export * from './school-calendar';
export * from './follow-up-organization';

export * from './given';
export * from './school-calendar';

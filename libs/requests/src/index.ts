export * from './requests.module';
export * from './request-changes';
export * from './deadlines';
export * from './letters';
export * from './written-requests';
export * from './school-responses';
export * from './meetings';
export * from './requests.entities';

export * from './case-enums';
export * from './case.entity';
export * from './case-assignment.entity';
export * from './case-status-change.entity';
export * from './case-note.entity';
export * from './cases.module';

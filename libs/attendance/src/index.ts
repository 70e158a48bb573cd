export * from './attendance-status';
export * from './support.entity';
export * from './attendance-entry.entity';
export * from './attendance-entry-support.entity';
export * from './observation-tag.entity';
export * from './attendance.module';

export * from './system-check.entity';
export * from './system-check.service';
export * from './system-checks.module';
export * from './system-checks.entities';

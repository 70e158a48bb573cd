export * from './family.entity';
export * from './guardian.entity';
export * from './student-plan';
export * from './student.entity';
export * from './families.module';

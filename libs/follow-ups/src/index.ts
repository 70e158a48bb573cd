export * from './follow-up-enums';
export * from './follow-up-policy.entity';
export * from './follow-up.entity';
export * from './advocate-digest.entity';
export * from './follow-up-template.entity';

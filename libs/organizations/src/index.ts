export * from './organization.entity';
export * from './membership.entity';
export * from './invitation.entity';
export * from './member-role';
export * from './membership.lookup';
export * from './organizations.module';
export { findUserByEmail } from './session.service';
export * from './organization-setting.entity';

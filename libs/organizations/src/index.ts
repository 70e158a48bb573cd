/**
 * What the other libs, the apps and the tests use of organizations: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { MemberRole } from './member-role';
export { Membership } from './membership.entity';
export { OrganizationMembershipLookup } from './membership.lookup';
export { OrganizationSetting } from './organization-setting.entity';
export { FeedFamilyNames } from './organization-setting.objects';
export { OrganizationSettingsService } from './organization-setting.service';
export { OrganizationSettingsModule } from './organization-settings.module';
export { organizationTimeZone, organizationToday } from './organization-time';
export { Organization } from './organization.entity';
export { ORGANIZATIONS_ENTITIES } from './organizations.entities';
export { OrganizationsModule } from './organizations.module';
export { ApiKeyScopes } from './reporting-api-key.secret';
export { clientAddress } from './session.resolver';
export { findUserByEmail } from './session.service';

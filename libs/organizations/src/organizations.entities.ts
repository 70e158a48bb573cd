import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationSetting } from './organization-setting.entity';
import { ReportingApiKey } from './reporting-api-key.entity';
import { SignUpRequest } from './sign-up-request.entity';

/** The TypeORM entities of organizations, in one list: the schema catalog and the lib's specs use it. */
export const ORGANIZATIONS_ENTITIES = [
  Organization,
  Membership,
  Invitation,
  SignUpRequest,
  OrganizationSetting,
  ReportingApiKey,
];

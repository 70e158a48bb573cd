import { Module } from '@nestjs/common';
import { AccountsModule } from '@onrecord/accounts';
import { SessionService } from './session.service';
import { SignUpService } from './sign-up.service';
import { InvitationService } from './invitation.service';
import { MemberService } from './member.service';
import { OrganizationService } from './organization.service';
import { AuditEventService } from './audit-event.service';
import { SessionResolver } from './session.resolver';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationSettingsModule } from './organization-settings.module';
import { OrganizationSettingsResolver } from './organization-setting.resolver';
import { ReportingApiKeyService } from './reporting-api-key.service';
import { ReportingApiKeyResolver } from './reporting-api-key.resolver';
import { ReportingApiKeyCredential } from './reporting-api-key.credential';

@Module({
  imports: [AccountsModule, OrganizationSettingsModule],
  providers: [
    SessionService,
    SignUpService,
    InvitationService,
    MemberService,
    OrganizationService,
    AuditEventService,
    SessionResolver,
    OrganizationResolver,
    OrganizationSettingsResolver,
    ReportingApiKeyService,
    ReportingApiKeyResolver,
    // The access guard finds it (@Credential) and asks it about bearer tokens starting ork_.
    ReportingApiKeyCredential,
  ],
  exports: [OrganizationSettingsModule],
})
export class OrganizationsModule {}

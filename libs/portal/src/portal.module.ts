import { Module } from '@nestjs/common';
import { AttendanceModule } from '@onrecord/attendance';
import { PortalAccessResolver } from './portal-access.resolver';
import { PortalAccessService } from './portal-access.service';
import { PortalCasesService } from './portal-cases.service';
import { PortalFamilyService } from './portal-family.service';
import { PortalLettersResolver } from './portal-letters.resolver';
import { PortalLettersService } from './portal-letters.service';
import { PortalPatternResolver } from './portal-pattern.resolver';
import { PortalPatternService } from './portal-pattern.service';
import { PortalLinkThrottle } from './portal-link-throttle';
import { PortalResolver } from './portal.resolver';
import { PortalSignInService } from './portal-sign-in.service';

/**
 * The family portal's API: guardians invited by advocates, signing in by magic link, seeing
 * their own families' cases and recording attendance. The guard's session lookup
 * (PortalSessions) is given to AuthModule by the app.
 */
@Module({
  imports: [AttendanceModule],
  providers: [
    PortalLinkThrottle,
    PortalSignInService,
    PortalCasesService,
    PortalFamilyService,
    PortalAccessService,
    PortalResolver,
    PortalAccessResolver,
    // Reading the letters in full, and the attendance pattern.
    PortalLettersService,
    PortalLettersResolver,
    PortalPatternService,
    PortalPatternResolver,
  ],
})
export class PortalModule {}

import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AttendanceModule } from '@onrecord/attendance';
import { DocumentsModule, UploadBodyMiddleware } from '@onrecord/documents';
import { PortalDocumentsController } from './portal-documents.controller';
import { PortalDocumentsResolver } from './portal-documents.resolver';
import { PortalDocumentsService } from './portal-documents.service';
import { FamilyMessageResolver } from './family-message.resolver';
import { FamilyMessageService } from './family-message.service';
import { PortalAccessResolver } from './portal-access.resolver';
import { PortalAccessService } from './portal-access.service';
import { PortalCasesService } from './portal-cases.service';
import { PortalFamilyService } from './portal-family.service';
import { PortalLettersResolver } from './portal-letters.resolver';
import { PortalLettersService } from './portal-letters.service';
import { PortalPatternResolver } from './portal-pattern.resolver';
import { PortalPatternService } from './portal-pattern.service';
import { PortalRepliesResolver } from './portal-replies.resolver';
import { PortalRepliesService } from './portal-replies.service';
import { PortalLinkThrottle } from './portal-link-throttle';
import { PortalResolver } from './portal.resolver';
import { PortalSignInFormController } from './portal-sign-in-form.controller';
import { PortalSignInService } from './portal-sign-in.service';
import { PortalSessionCredential } from './portal-session.credential';

/**
 * The family portal's API: guardians invited by advocates, signing in by magic link, seeing
 * their own families' cases (with the school's replies and the documents their advocate
 * shared), recording
 * attendance and writing to their advocates. A portal session is one of the access guard's
 * credentials (PortalSessionCredential, found by its `@Credential()`).
 */
@Module({
  imports: [AttendanceModule, DocumentsModule],
  controllers: [PortalSignInFormController, PortalDocumentsController],
  providers: [
    PortalLinkThrottle,
    PortalSignInService,
    PortalCasesService,
    PortalFamilyService,
    PortalAccessService,
    FamilyMessageService,
    PortalResolver,
    PortalAccessResolver,
    FamilyMessageResolver,
    // Reading the letters in full, and the attendance pattern.
    PortalLettersService,
    PortalLettersResolver,
    PortalPatternService,
    PortalPatternResolver,
    // The school's replies an advocate shared (mail in).
    PortalRepliesService,
    PortalRepliesResolver,
    // The documents an advocate shared.
    PortalDocumentsService,
    PortalDocumentsResolver,
    PortalSessionCredential,
  ],
})
export class PortalModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The family's upload is read before the guard opens a transaction, as the console's.
    consumer
      .apply(UploadBodyMiddleware)
      .forRoutes({ path: 'portal/documents', method: RequestMethod.POST });
  }
}

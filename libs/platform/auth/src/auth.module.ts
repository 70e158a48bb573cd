import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { AccessGuard } from './access.guard';
import { ACCESS_TOKEN_ALGORITHM, AccessTokens } from './access-tokens';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { MEMBERSHIP_LOOKUP, type MembershipLookup } from './membership-lookup';
import { API_KEY_LOOKUP, type ApiKeyLookup } from './api-key-lookup';
import { PasswordHasher } from './password-hasher';
import { PORTAL_SESSION_LOOKUP, type PortalSessionLookup } from './portal-session-lookup';

@Global()
@Module({})
export class AuthModule {
  /**
   * `membershipLookup` and `apiKeyLookup` come from the organizations feature,
   * `portalSessionLookup` from the portal.
   */
  static forRoot(options: {
    membershipLookup: Type<MembershipLookup>;
    apiKeyLookup: Type<ApiKeyLookup>;
    portalSessionLookup: Type<PortalSessionLookup>;
  }): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        PassportModule,
        JwtModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            secret: config.authSecret,
            signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
            verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
          }),
        }),
      ],
      providers: [
        JwtStrategy,
        AccessTokens,
        PasswordHasher,
        LoginThrottle,
        { provide: MEMBERSHIP_LOOKUP, useClass: options.membershipLookup },
        { provide: API_KEY_LOOKUP, useClass: options.apiKeyLookup },
        { provide: PORTAL_SESSION_LOOKUP, useClass: options.portalSessionLookup },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AccessTokens, PasswordHasher, LoginThrottle],
    };
  }
}

import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { AccessGuard } from './access.guard';
import { accessTokenKey } from './access-token-key';
import { ACCESS_TOKEN_ALGORITHM, AccessTokens } from './access-tokens';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { MemberTokens } from './member-tokens';
import { MEMBERSHIP_LOOKUP, type MembershipLookup } from './membership-lookup';
import { PasswordHasher } from './password-hasher';

@Global()
@Module({})
export class AuthModule {
  /**
   * `membershipLookup` comes from the organizations feature. The other credentials (a
   * reporting API key, a portal session) are registered by the features that issue them,
   * as providers marked `@Credential()`.
   */
  static forRoot(options: { membershipLookup: Type<MembershipLookup> }): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        DiscoveryModule,
        PassportModule,
        JwtModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            secret: accessTokenKey(config.authSecret),
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
        MemberTokens,
        { provide: MEMBERSHIP_LOOKUP, useClass: options.membershipLookup },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AccessTokens, PasswordHasher, LoginThrottle],
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { accessTokenKey } from './access-token-key';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE } from './access-tokens';
import { type AccessClaims } from '@onrecord/platform/request';

/** Verifies the bearer token: signature, algorithm, issuer, audience and expiry. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken's verify as it is, which takes a KeyObject
      // (its types say only string or Buffer).
      secretOrKey: accessTokenKey(config.authSecret) as unknown as Buffer,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: config.publicUrl,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: { sub?: unknown; org?: unknown; sid?: unknown }): AccessClaims | false {
    // A token names its session; one that does not (issued before sessions were checked)
    // cannot be ended by logOut, so it is not accepted.
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    return {
      sub: payload.sub,
      org: typeof payload.org === 'string' ? payload.org : undefined,
      sid: payload.sid,
    };
  }
}

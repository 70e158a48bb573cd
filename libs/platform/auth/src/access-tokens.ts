import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { type AccessClaims } from '@onrecord/platform/request';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const ACCESS_TOKEN_AUDIENCE = 'onrecord-api';
/** The one algorithm accepted: a token signed otherwise (or with `none`) is refused. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/** Short-lived signed access tokens (JWT): user id and active organization. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = this.jwt.sign(
      { org: claims.org, sid: claims.sid },
      {
        subject: claims.sub,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        issuer: this.config.publicUrl,
        audience: ACCESS_TOKEN_AUDIENCE,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      },
    );
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }
}

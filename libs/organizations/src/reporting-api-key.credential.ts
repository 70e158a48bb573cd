import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  API_KEY_SCOPE,
  Credential,
  type AccessRule,
  type CredentialResolver,
  type Operation,
} from '@onrecord/platform/auth';
import { type RequestContext } from '@onrecord/platform/request';
import { forbidden, unauthenticated } from '@onrecord/platform/errors';
import { API_KEY_PREFIX } from './reporting-api-key.secret';
import { ReportingApiKeyService } from './reporting-api-key.service';

/**
 * Reporting API keys: long random secrets an organization's admin creates for a reporting
 * client, sent as a bearer token like an access token but recognised by their prefix. A key
 * reaches only the operations that accept its scope (`@ApiKeyScope`).
 */
@Credential()
@Injectable()
export class ReportingApiKeyCredential implements CredentialResolver {
  readonly reaches: ReadonlyArray<AccessRule['kind']> = ['signed-in', 'member'];
  // A key is for reports only: sent with sign-in or sign-up it is a mistake (or a probe),
  // refused rather than ignored.
  readonly refusal = 'An API key can only read reports.';

  constructor(
    private readonly keys: ReportingApiKeyService,
    private readonly reflector: Reflector,
  ) {}

  recognises(bearer: string): boolean {
    return bearer.startsWith(API_KEY_PREFIX);
  }

  async resolve(request: RequestContext, bearer: string): Promise<void> {
    const key = await this.keys.find(bearer, request.requestId);
    if (!key) throw unauthenticated('This API key is unknown or was revoked.');
    request.principal = {
      userId: '',
      organizationId: key.organizationId,
      apiKey: { id: key.id, scopes: key.scopes },
    };
  }

  /** A key reaches only the operations that accept one of its scopes. */
  authorise(request: RequestContext, { context }: Operation): void {
    const scope = this.reflector.getAllAndOverride<string | undefined>(API_KEY_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!scope || !request.principal?.apiKey?.scopes.includes(scope)) throw forbidden(this.refusal);
  }
}

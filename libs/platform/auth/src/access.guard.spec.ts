import { Logger, type ExecutionContext } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { DataScopes } from '@onrecord/platform/database';
import { type RequestContext } from '@onrecord/platform/request';
import type { AccessRule } from './access.decorator';
import { ACCESS_RULE } from './access.decorator';
import { AccessGuard, type HttpRequest } from './access.guard';
import type { CredentialResolver } from './credential-resolver';
import type { MemberTokens } from './member-tokens';

/** A credential resolver that records what the guard asked of it. */
function resolver(
  prefix: string,
  shape: Pick<CredentialResolver, 'reaches' | 'refusal' | 'owns'>,
): CredentialResolver & { resolved: number; authorised: number } {
  return {
    ...shape,
    resolved: 0,
    authorised: 0,
    recognises: (bearer) => bearer.startsWith(prefix),
    async resolve(request: RequestContext) {
      this.resolved += 1;
      request.principal = { userId: prefix };
    },
    authorise() {
      this.authorised += 1;
    },
  };
}

function setUp() {
  const portal = resolver('orp_', {
    reaches: ['portal'],
    refusal: 'A family portal session can only use the family portal.',
    owns: { portal: 'Only guardians signed in to the family portal.' },
  });
  const keys = resolver('ork_', {
    reaches: ['signed-in', 'member'],
    refusal: 'An API key can only read reports.',
  });
  const members = resolver('', {
    reaches: ['public', 'signed-in', 'member'],
    refusal: 'unused',
  });
  const discovery = {
    getProviders: () => [{ instance: portal }, { instance: keys }],
  } as unknown as DiscoveryService;
  const guard = new AccessGuard(
    new Reflector(),
    discovery,
    members as unknown as MemberTokens,
    {} as DataScopes,
  );
  /** Calls an HTTP route of this rule with this bearer token. */
  const call = (rule: AccessRule | undefined, bearer?: string) => {
    const route = () => undefined;
    class Routes {}
    if (rule) Reflect.defineMetadata(ACCESS_RULE, rule, route);
    const req = { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} } as HttpRequest;
    const context = {
      getType: () => 'http',
      getHandler: () => route,
      getClass: () => Routes,
      switchToHttp: () => ({ getRequest: () => req }),
    } as unknown as ExecutionContext;
    return guard.canActivate(context);
  };
  return { portal, keys, members, call };
}

const MEMBER: AccessRule = { kind: 'member', roles: ['ADMIN'] };

describe('AccessGuard: a dispatcher over credential resolvers', () => {
  it('refuses a route without an access rule', async () => {
    // The refusal is logged as an error: expected here.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(setUp().call(undefined)).rejects.toThrow('This address is not open to you.');
  });

  it('lets a public route through without looking at any credential', async () => {
    const { keys, call } = setUp();
    await expect(call({ kind: 'public' }, 'ork_x')).resolves.toBe(true);
    expect(keys.resolved).toBe(0);
  });

  it("lets an operators' route through to its own gate, looking at no organization's credential", async () => {
    const { portal, keys, members, call } = setUp();
    await expect(call({ kind: 'operators' })).resolves.toBe(true);
    await expect(call({ kind: 'operators' }, 'ork_x')).resolves.toBe(true);
    await expect(call({ kind: 'operators' }, 'eyJ.jwt')).resolves.toBe(true);
    expect([portal.resolved, keys.resolved, members.resolved]).toEqual([0, 0, 0]);
  });

  it('hands the token to the resolver that recognises it, else to member tokens', async () => {
    const { portal, keys, members, call } = setUp();
    await call({ kind: 'portal' }, 'orp_x');
    await call(MEMBER, 'ork_x');
    await call(MEMBER, 'eyJ.jwt');
    await call({ kind: 'signed-in' });
    expect([portal.resolved, keys.resolved, members.resolved]).toEqual([1, 1, 2]);
    expect([portal.authorised, keys.authorised, members.authorised]).toEqual([1, 1, 2]);
  });

  it("refuses a credential outside its reach before looking it up, with the owner's words for an owned kind", async () => {
    const { portal, keys, members, call } = setUp();
    await expect(call(MEMBER, 'orp_x')).rejects.toThrow(
      'A family portal session can only use the family portal.',
    );
    await expect(call({ kind: 'portal' }, 'ork_x')).rejects.toThrow(
      'Only guardians signed in to the family portal.',
    );
    await expect(call({ kind: 'portal' }, 'eyJ.jwt')).rejects.toThrow(
      'Only guardians signed in to the family portal.',
    );
    await expect(call({ kind: 'portal' })).rejects.toThrow(
      'Only guardians signed in to the family portal.',
    );
    expect([portal.resolved, keys.resolved, members.resolved]).toEqual([0, 0, 0]);
  });
});

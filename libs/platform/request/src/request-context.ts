import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type {
  DataScope,
  DataScopes,
  OpenScope,
  OpeningRead,
  OpeningRow,
} from '@onrecord/platform/database';
import type { MemberPrincipal, PortalPrincipal, Principal } from './principal';

/**
 * One GraphQL request: who calls, and the one transaction its data work runs in, with the
 * organization set. The transaction opens on first use (a request that touches no data
 * opens none) and is committed or rolled back when the response is ready.
 */
export class RequestContext {
  principal?: Principal;
  /** The operation's root field, recorded as the action of audit events. */
  action = 'unknown';
  operationType: 'query' | 'mutation' | 'subscription' = 'query';
  private open?: Promise<OpenScope>;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly req: IncomingMessage & { id?: unknown; user?: unknown },
    private readonly scopes: DataScopes,
  ) {}

  get requestId(): string | undefined {
    return this.req.id === undefined ? undefined : String(this.req.id);
  }

  /** The caller of a signed-in operation (the access guard has established it). */
  signedIn(): Principal {
    if (!this.principal)
      throw new Error(`${this.action} has no principal: is it declared @SignedIn?`);
    return this.principal;
  }

  /** The caller of a members-only operation, with their active organization and role. */
  member(): MemberPrincipal {
    const principal = this.signedIn();
    const { organizationId, membership } = principal;
    if (!organizationId || !membership) {
      throw new Error(`${this.action} has no membership: is it declared @Roles?`);
    }
    return { ...principal, organizationId, membership };
  }

  /** The guardian calling a portal operation, with their families (declared @Portal). */
  guardian(): PortalPrincipal {
    const principal = this.signedIn();
    const { organizationId, portal } = principal;
    if (!organizationId || !portal) {
      throw new Error(`${this.action} has no portal caller: is it declared @Portal?`);
    }
    return { ...principal, organizationId, portal };
  }

  /** The request's transaction, as the principal. */
  scope(): Promise<DataScope> {
    this.open ??= this.begin();
    return this.open.then((open) => open.scope);
  }

  /**
   * `read`'s rows, read as the principal: in the round trip that opens the request's
   * transaction, or in it on its own when it is already open.
   */
  async scopeReading(read: OpeningRead): Promise<OpeningRow[]> {
    if (this.open) return (await this.scope()).read(read);
    this.open = this.begin(read);
    return (await this.open).opened ?? [];
  }

  private begin(read?: OpeningRead): Promise<OpenScope> {
    const principal = this.principal;
    return this.scopes.open(
      { organizationId: principal?.organizationId, userId: principal?.userId },
      {
        action: this.action,
        actorUserId: principal?.userId || null,
        requestId: this.requestId ?? null,
      },
      read,
    );
  }

  /**
   * The request's DataLoader named `name`: loads in one batch every key asked for in the
   * same tick, inside the request's transaction, so a list of N items costs one query per
   * relation, not N. `batch` returns one value (or null) per key, in the keys' order.
   */
  loader<K, V>(
    name: string,
    batch: (scope: DataScope, keys: readonly K[]) => Promise<Array<V | null>>,
  ): DataLoader<K, V | null> {
    let loader = this.loaders.get(name) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V | null>(async (keys) => batch(await this.scope(), keys));
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Ends the request's transaction: commit when the operation succeeded, else roll back. */
  async finish(succeeded: boolean): Promise<void> {
    if (!this.open) return;
    // A transaction that could not even begin was already given back (DataScopes.open) and
    // its error reached the caller: there is nothing to end.
    const open = await this.open.catch(() => null);
    if (!open) return;
    if (succeeded) await open.commit();
    else await open.rollback();
  }
}

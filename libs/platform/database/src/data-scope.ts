import { Injectable, Logger } from '@nestjs/common';
import { context } from '@opentelemetry/api';
import { escapeLiteral } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { BECOME, RUN_ACROSS } from './cross-organization-keys';
import { prepareStatements } from './prepared-statements';
import { serializeQueries } from './serial-queries';
import { serviceUnavailable } from '@onrecord/platform/errors';

/**
 * Who a unit of work acts for. Row-level security policies read these as per-transaction
 * settings (set_config(..., true)), so they vanish at commit and cannot leak to the next
 * user of a pooled connection.
 */
export interface ScopeIdentity {
  /** app.organization_id: the organization whose rows are visible and writable. */
  organizationId?: string;
  /** app.user_id: the signed-in user (their account, memberships and tokens). */
  userId?: string;
  /**
   * Lookups that cross organizations, set only by the named path (CrossOrganizationAccess):
   * each makes exactly the row it names visible.
   */
  lookup?: {
    loginEmail?: string;
    invitationTokenHash?: string;
    refreshTokenHash?: string;
    /**
     * The worker's sweeps, each reading one thing in every organization (never writing):
     * follow-ups and organizations; or which organizations have report summaries to refresh.
     */
    sweep?: 'follow-ups' | 'request-outcomes' | 'parent-surveys';
    /** The reporting API key with this secret's hash (to know its organization). */
    apiKeyHash?: string;
    /**
     * A guardian's address, when asking for a sign-in link or once a link proved it: their
     * portal access in every organization, those organizations' names, and their links.
     */
    portalEmail?: string;
    /** The sign-in link with this secret's hash. */
    portalLinkHash?: string;
    /** The portal session with this secret's hash. */
    portalSessionHash?: string;
    /** The sign-up waiting for confirmation with this secret's hash. */
    signUpTokenHash?: string;
    /** The parent survey invitation whose link carries this secret's hash. */
    surveyTokenHash?: string;
    /** The reply address (reply+<token>@…) whose token has this hash: a school's reply. */
    replyTokenHash?: string;
    /** The calendar feed whose secret address carries a token with this hash. */
    calendarFeedHash?: string;
  };
}

/**
 * Who an ordinary unit of work acts as: an organization (and a user), never a lookup. What
 * DataScopes.open and run take; a lookup goes through CrossOrganizationAccess.
 */
export type TenantIdentity = Pick<ScopeIdentity, 'organizationId' | 'userId'>;

/** What the audit writer records with each change made in the scope. */
export interface AuditContext {
  action: string;
  actorUserId?: string | null;
  /** A guardian acting from the family portal (no user). */
  actorGuardianId?: string | null;
  requestId?: string | null;
}

const SETTINGS: Array<[string, (identity: ScopeIdentity) => string | undefined]> = [
  ['app.organization_id', (i) => i.organizationId],
  ['app.user_id', (i) => i.userId],
  ['app.login_email', (i) => i.lookup?.loginEmail],
  ['app.invitation_token_hash', (i) => i.lookup?.invitationTokenHash],
  ['app.refresh_token_hash', (i) => i.lookup?.refreshTokenHash],
  ['app.sweep', (i) => i.lookup?.sweep],
  ['app.api_key_hash', (i) => i.lookup?.apiKeyHash],
  ['app.portal_email', (i) => i.lookup?.portalEmail],
  ['app.portal_link_hash', (i) => i.lookup?.portalLinkHash],
  ['app.portal_session_hash', (i) => i.lookup?.portalSessionHash],
  ['app.sign_up_token_hash', (i) => i.lookup?.signUpTokenHash],
  ['app.survey_token_hash', (i) => i.lookup?.surveyTokenHash],
  ['app.reply_token_hash', (i) => i.lookup?.replyTokenHash],
  ['app.calendar_feed_hash', (i) => i.lookup?.calendarFeedHash],
];

/**
 * A read that the opening of a scope sends in its own round trip, right after the identity
 * is set: it runs as that identity, under row-level security (the access guard's check of a
 * member's session and membership). The opening is a simple query, which takes no
 * parameters: the read quotes every value it embeds with `literal`.
 */
export type OpeningRead = (literal: (value: string) => string) => string;

/** A row an opening read answered. */
export type OpeningRow = Record<string, unknown>;

/**
 * A value quoted as an SQL literal by pg's own escapeLiteral. A NUL (which PostgreSQL
 * refuses in text, and which would cut the protocol message short) is refused before
 * anything is sent.
 */
function literal(value: string, name = 'a value'): string {
  if (value.includes('\u0000')) throw new Error(`${name} cannot hold a NUL character`);
  return escapeLiteral(value);
}

/**
 * Begins the transaction and sets every identity setting in it, in one round trip: a simple
 * query of two statements (three with an opening read, whose rows it returns), so a unit of
 * work costs BEGIN-and-settings, its own statements and COMMIT.
 */
async function beginWithSettings(
  queryRunner: QueryRunner,
  identity: ScopeIdentity,
  read: OpeningRead | undefined,
  begin: Begin,
): Promise<OpeningRow[]> {
  const values = SETTINGS.map(
    ([name, get]) => `set_config('${name}', ${literal(get(identity) ?? '', name)}, true)`,
  );
  const statements = [begin, `SELECT ${values.join(', ')}`];
  if (read) statements.push(read((value) => literal(value)));
  const runner = queryRunner as QueryRunner & {
    isTransactionActive: boolean;
    transactionDepth: number;
  };
  // TypeORM must know a transaction is open, or its save() would open (and commit) its own.
  runner.isTransactionActive = true;
  runner.transactionDepth = 1;
  if (!read) {
    await queryRunner.query(statements.join('; '));
    return [];
  }
  // TypeORM keeps only a single statement's rows: the read's are taken from pg's answer
  // (one result per statement, the read's last).
  const sql = statements.join('; ');
  queryRunner.connection.logger.logQuery(sql, [], queryRunner);
  const client = (
    queryRunner as unknown as {
      databaseConnection: { query(sql: string): Promise<Array<{ rows: OpeningRow[] }>> };
    }
  ).databaseConnection;
  try {
    const answers = await client.query(sql);
    return answers[answers.length - 1]?.rows ?? [];
  } catch (error) {
    // BEGIN ran, the read failed: roll back here, whatever the client's transaction status
    // says. That status changes only when ReadyForQuery arrives, which can be after the failed
    // query's promise has rejected, so the caller's giveBack could find it still idle and hand
    // an aborted transaction to the pool's next user.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Sets every identity setting, for this transaction only, in one round trip. */
async function applySettings(queryRunner: QueryRunner, identity: ScopeIdentity): Promise<void> {
  await queryRunner.query(
    `SELECT ${SETTINGS.map(([name], i) => `set_config('${name}', $${i + 1}, true)`).join(', ')}`,
    SETTINGS.map(([, read]) => read(identity) ?? ''),
  );
}

/** One transaction with its identity set, and what must happen after it commits. */
export class DataScope {
  private readonly effects: Array<() => Promise<unknown> | unknown> = [];

  constructor(
    private currentIdentity: ScopeIdentity,
    private readonly queryRunner: QueryRunner,
  ) {}

  get identity(): ScopeIdentity {
    return this.currentIdentity;
  }

  /**
   * The organization this transaction acts in, which services read rather than take as a
   * parameter. A scope of no organization has none to give: asking is a bug.
   */
  get organizationId(): string {
    const organizationId = this.currentIdentity.organizationId;
    if (!organizationId) throw new Error('This transaction acts in no organization.');
    return organizationId;
  }

  /**
   * Acts as a user or in an organization (or with a lookup) from here to the end of the
   * transaction. Reached only through CrossOrganizationAccess: a CrossOrganizationScope's
   * become, or CrossOrganizationAccess.within.
   */
  async [BECOME](identity: ScopeIdentity): Promise<void> {
    this.currentIdentity = {
      ...this.currentIdentity,
      ...identity,
      lookup: { ...this.currentIdentity.lookup, ...identity.lookup },
    };
    await applySettings(this.queryRunner, this.currentIdentity);
    const audit = this.queryRunner.data?.[AUDIT_CONTEXT_KEY] as AuditContext | undefined;
    if (audit && identity.userId && !audit.actorUserId) audit.actorUserId = identity.userId;
  }

  /** Names who the changes from here on are by (a guardian, once the portal knows which). */
  attribute(actor: Pick<AuditContext, 'actorUserId' | 'actorGuardianId'>): void {
    const audit = this.queryRunner.data?.[AUDIT_CONTEXT_KEY] as AuditContext | undefined;
    if (audit) Object.assign(audit, actor);
  }

  get manager(): EntityManager {
    return this.queryRunner.manager;
  }

  /** Runs an opening read in this (already open) transaction, on its own. */
  read(read: OpeningRead): Promise<OpeningRow[]> {
    return this.queryRunner.query(read((value) => literal(value))) as Promise<OpeningRow[]>;
  }

  private savepoints = 0;

  /**
   * Runs `work` so that if a statement in it fails, only its own changes are undone and the
   * transaction stays usable (PostgreSQL otherwise aborts the whole transaction).
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `onrecord_${++this.savepoints}`;
    await this.queryRunner.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.queryRunner.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.queryRunner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /**
   * Runs `effect` once the transaction has committed; dropped on rollback. It runs in the
   * trace context of the code that registered it (a job enqueued after commit is a child of
   * the span that asked for it, e.g. the follow-up planning), not of the commit.
   */
  afterCommit(effect: () => Promise<unknown> | unknown): void {
    this.effects.push(context.bind(context.active(), effect));
  }

  /** @internal */
  takeEffects(): Array<() => Promise<unknown> | unknown> {
    return this.effects.splice(0);
  }
}

/**
 * A scope opened by CrossOrganizationAccess.run for a named lookup: once the lookup has
 * established who the caller is (a password or a token checked), it may act as them, e.g.
 * to create the organization a sign-up asked for.
 */
export class CrossOrganizationScope extends DataScope {
  /** Acts as a user or in an organization (or with a further lookup) from here on. */
  become(identity: ScopeIdentity): Promise<void> {
    return this[BECOME](identity);
  }
}

/** A scope that is open: commit or roll it back exactly once. */
export interface OpenScope<S extends DataScope = DataScope> {
  scope: S;
  /** The rows of the opening read (none without one). */
  opened?: OpeningRow[];
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export const AUDIT_CONTEXT_KEY = 'onrecordAudit';

/** A commit asked for after a statement of the transaction failed: nothing was saved. */
export class AbortedTransactionError extends Error {
  constructor() {
    super('The transaction was rolled back: a statement in it had failed.');
    this.name = 'AbortedTransactionError';
  }
}

/**
 * The transaction status PostgreSQL reported with its last answer on this connection:
 * 'I' idle (no transaction), 'T' in a transaction, 'E' in a failed transaction. Unknown
 * (null) when the connection is gone, and treated as not idle.
 */
function transactionStatus(queryRunner: QueryRunner): 'I' | 'T' | 'E' | null {
  const client = (queryRunner as { databaseConnection?: { getTransactionStatus?: () => unknown } })
    .databaseConnection;
  const status = client?.getTransactionStatus?.();
  return status === 'I' || status === 'T' || status === 'E' ? status : null;
}

/**
 * Commits, and refuses to report success when nothing was saved. PostgreSQL answers COMMIT of
 * a transaction in which a statement failed by rolling it back, with the command tag ROLLBACK.
 * That tag is read from the driver's own answer: the client's cached transaction status is
 * not enough, because it changes only when ReadyForQuery arrives, which can be after a failed
 * statement's promise has already rejected.
 */
async function commitOrRefuse(queryRunner: QueryRunner): Promise<void> {
  const client = (
    queryRunner as { databaseConnection?: { query(sql: string): Promise<{ command?: string }> } }
  ).databaseConnection;
  if (!client) throw new Error('The connection is gone: nothing was committed.');
  const answer = await client.query('COMMIT');
  (queryRunner as QueryRunner & { isTransactionActive: boolean }).isTransactionActive = false;
  if (answer.command !== 'COMMIT') throw new AbortedTransactionError();
}

/** How a scope's transaction begins: read-write, or read-only (a replica's). */
type Begin = 'BEGIN' | 'BEGIN READ ONLY';

@Injectable()
export class DataScopes {
  private readonly logger = new Logger(DataScopes.name);
  private begins: Begin = 'BEGIN';

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Scopes on `dataSource` whose transactions are read-only (a read replica's: ReplicaScopes),
   * with the same identity settings, and so the same row-level security, as every other.
   */
  static readOnly(dataSource: DataSource): DataScopes {
    const scopes = new DataScopes(dataSource);
    scopes.begins = 'BEGIN READ ONLY';
    return scopes;
  }

  /**
   * Begins a transaction and sets the identity in one round trip, with `read` (if given)
   * in the same round trip, as the identity. An organization and a user only: whatever
   * else the identity holds (a lookup) is not set.
   */
  open(identity: TenantIdentity, audit?: AuditContext, read?: OpeningRead): Promise<OpenScope> {
    const { organizationId, userId } = identity;
    return this.begin({ organizationId, userId }, audit, DataScope, read);
  }

  /** Runs `work` in a scope whose identity may hold lookups (CrossOrganizationAccess only). */
  [RUN_ACROSS]<T>(
    identity: ScopeIdentity,
    audit: AuditContext,
    work: (scope: CrossOrganizationScope) => Promise<T>,
  ): Promise<T> {
    return runInScope(this.begin(identity, audit, CrossOrganizationScope), work);
  }

  private async begin<S extends DataScope>(
    identity: ScopeIdentity,
    audit: AuditContext | undefined,
    kind: new (identity: ScopeIdentity, queryRunner: QueryRunner) => S,
    read?: OpeningRead,
  ): Promise<OpenScope<S>> {
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      await queryRunner.connect();
    } catch (error) {
      // Every connection stayed busy past the pool's wait, or PostgreSQL cannot be reached:
      // nothing began, so nothing was changed. The caller is told to try again (503), not
      // that something broke on our side; the cause is logged for the operators.
      await queryRunner.release().catch(() => undefined);
      this.logger.warn({ err: error }, 'no database connection for a unit of work');
      throw serviceUnavailable(
        'OnRecord cannot answer right now: it is too busy, or its database is out of reach. Nothing was changed: try again in a moment.',
      );
    }
    const client = (
      queryRunner as unknown as { databaseConnection: Parameters<typeof serializeQueries>[0] }
    ).databaseConnection;
    serializeQueries(client);
    prepareStatements(client);
    let opened: OpeningRow[];
    try {
      opened = await beginWithSettings(queryRunner, identity, read, this.begins);
    } catch (error) {
      await this.giveBack(queryRunner);
      throw error;
    }
    queryRunner.data = { [AUDIT_CONTEXT_KEY]: audit };
    const scope = new kind(identity, queryRunner);
    let finished = false;
    const finish = async (how: 'commit' | 'rollback') => {
      if (finished) return;
      finished = true;
      try {
        if (how === 'commit') {
          // A change that was not saved must not be reported as saved.
          await commitOrRefuse(queryRunner);
        }
      } finally {
        await this.giveBack(queryRunner);
      }
      if (how === 'commit') await this.runEffects(scope);
    };
    return {
      scope,
      opened,
      commit: () => finish('commit'),
      rollback: () => finish('rollback'),
    };
  }

  /**
   * Returns the connection to the pool only outside any transaction: whatever failed
   * (setting the identity, a statement, the commit), it is rolled back first, and destroyed
   * if that fails too. A connection left in an aborted transaction would fail every later
   * request that gets it from the pool.
   */
  private async giveBack(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.isReleased) return;
    let problem: unknown;
    if (transactionStatus(queryRunner) !== 'I') {
      try {
        // Raw ROLLBACK: TypeORM's rollbackTransaction trusts its own flag, which may be
        // stale after a failed statement or commit.
        await queryRunner.query('ROLLBACK');
        if (transactionStatus(queryRunner) !== 'I') problem = new Error('still in a transaction');
      } catch (error) {
        problem = error;
      }
    }
    const runner = queryRunner as QueryRunner & {
      isTransactionActive: boolean;
      releasePostgresConnection?: (error?: unknown) => Promise<void>;
    };
    runner.isTransactionActive = false;
    if (problem && runner.releasePostgresConnection) {
      this.logger.warn({ err: problem }, 'connection could not be rolled back: destroyed');
      // Released with an error, pg's pool closes the connection instead of reusing it.
      await runner.releasePostgresConnection(
        problem instanceof Error ? problem : new Error(String(problem)),
      );
      return;
    }
    await queryRunner.release();
  }

  /**
   * Runs `work` in a scope: commits if it resolves, rolls back if it throws. As `open`, an
   * organization and a user only.
   */
  run<T>(
    identity: TenantIdentity,
    audit: AuditContext | undefined,
    work: (scope: DataScope) => Promise<T>,
  ): Promise<T> {
    return runInScope(this.open(identity, audit), work);
  }

  private async runEffects(scope: DataScope): Promise<void> {
    for (const effect of scope.takeEffects()) {
      try {
        await effect();
      } catch (error) {
        // Committed is committed: what is owed is in the database, and a sweep reconciles
        // it. Report, do not undo.
        this.logger.error({ err: error }, 'after-commit effect failed');
      }
    }
  }
}

/** Runs `work` in the scope being opened: commits if it resolves, rolls back if it throws. */
async function runInScope<S extends DataScope, T>(
  opening: Promise<OpenScope<S>>,
  work: (scope: S) => Promise<T>,
): Promise<T> {
  const open = await opening;
  let result: T;
  try {
    result = await work(open.scope);
  } catch (error) {
    await open.rollback();
    throw error;
  }
  await open.commit();
  return result;
}

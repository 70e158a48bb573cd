import { Inject, type Type } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';

/** A feature service whose records are archived, restored and deleted the usual way. */
export interface ArchivableRecords<R> {
  setArchived(scope: DataScope, id: string, archived: boolean): Promise<R>;
  delete(scope: DataScope, id: string): Promise<R>;
}

export interface RecordLifecycleOptions<R, O> {
  /** The GraphQL type's name: the mutations are `archive<name>`, `restore<name>`, `delete<name>`. */
  name: string;
  object: Type<O>;
  service: Type<ArchivableRecords<R>>;
  /** The record as the GraphQL object, when the service does not already return it. */
  toObject?: (record: R) => O;
  /** Who may archive and restore (an access decorator such as `Roles(ADMIN, ADVOCATE)`). */
  archivedBy: MethodDecorator;
  /** Who may delete for good. */
  deletedBy: MethodDecorator;
  /** What each mutation says of itself in the schema. */
  descriptions?: { archive?: string; restore?: string; delete?: string };
}

/**
 * The archive, restore and delete mutations of a kind of record, the same for every
 * feature: a resolver extends `RecordLifecycleResolver({...})` and keeps only what is its
 * own. The service is injected as a property so the resolver's constructor stays its own.
 */
export function RecordLifecycleResolver<R, O>(options: RecordLifecycleOptions<R, O>) {
  const { name, object, archivedBy, deletedBy, descriptions = {} } = options;
  const toObject = options.toObject ?? ((record: R) => record as unknown as O);

  // Each mutation's access rule is the feature's own (archivedBy, deletedBy: required by the
  // options' type), which the lint rule cannot see; the access-rules test lists them all.
  /* eslint-disable onrecord/access-rule-declared */
  @Resolver({ isAbstract: true })
  abstract class RecordLifecycle {
    @Inject(options.service) private readonly lifecycleRecords!: ArchivableRecords<R>;

    @archivedBy
    @Mutation(() => object, { name: `archive${name}`, description: descriptions.archive })
    async archiveRecord(
      @Args('id', { type: () => ID }) id: string,
      @Scope() scope: DataScope,
    ): Promise<O> {
      return toObject(await this.lifecycleRecords.setArchived(scope, id, true));
    }

    @archivedBy
    @Mutation(() => object, { name: `restore${name}`, description: descriptions.restore })
    async restoreRecord(
      @Args('id', { type: () => ID }) id: string,
      @Scope() scope: DataScope,
    ): Promise<O> {
      return toObject(await this.lifecycleRecords.setArchived(scope, id, false));
    }

    @deletedBy
    @Mutation(() => object, { name: `delete${name}`, description: descriptions.delete })
    async deleteRecord(
      @Args('id', { type: () => ID }) id: string,
      @Scope() scope: DataScope,
    ): Promise<O> {
      return toObject(await this.lifecycleRecords.delete(scope, id));
    }
  }
  /* eslint-enable onrecord/access-rule-declared */
  return RecordLifecycle;
}

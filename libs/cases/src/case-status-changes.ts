import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import type { CaseStatus } from './case-enums';
import type { Case } from './case.entity';

/** A case moved from one status to another, in the transaction that moved it. */
export interface CaseStatusMove {
  record: Case;
  from: CaseStatus;
  to: CaseStatus;
}

export type CaseStatusListener = (scope: DataScope, move: CaseStatusMove) => Promise<unknown>;

/**
 * Tells other features, inside the same transaction, that a case changed status (the parent
 * survey goes out when a case ends). This feature cannot know its listeners: they register
 * here, as with RequestChanges, so what they do commits or rolls back with the change.
 */
@Injectable()
export class CaseStatusChanges {
  private readonly listeners: CaseStatusListener[] = [];

  onChange(listener: CaseStatusListener): void {
    this.listeners.push(listener);
  }

  async changed(scope: DataScope, move: CaseStatusMove): Promise<void> {
    for (const listener of this.listeners) await listener(scope, move);
  }
}

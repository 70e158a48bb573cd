import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';

export type RequestChangeListener = (scope: DataScope, requestId: string) => Promise<unknown>;

/**
 * Tells other features, inside the same transaction, that a written request or one of its
 * commitments changed in a way that may change what is owed: sent, answered, withdrawn,
 * closed, archived, its deadline moved, a commitment made, moved or resolved. The follow-up
 * plan is recomputed on it (libs/follow-ups), so it commits or rolls back with the change.
 * This feature cannot know its listeners: they register here.
 */
@Injectable()
export class RequestChanges {
  private readonly listeners: RequestChangeListener[] = [];

  onChange(listener: RequestChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(scope: DataScope, requestId: string): Promise<void> {
    for (const listener of this.listeners) await listener(scope, requestId);
  }
}

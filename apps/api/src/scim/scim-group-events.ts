import { Logger } from '@nestjs/common';

export type ScimMembersChangedListener = (scimGroupId: string) => Promise<void> | void;

/**
 * Tells other features that a SCIM group's members changed (e.g. linked Moot groups follow it).
 * SCIM waits for the listeners, so the IdP's request returns with everything in step; a failing
 * listener is logged and never fails the SCIM request.
 */
export class ScimGroupEvents {
  private readonly logger = new Logger(ScimGroupEvents.name);
  private readonly listeners = new Set<ScimMembersChangedListener>();

  /** Subscribes; call the returned function to unsubscribe (on module destroy). */
  onMembersChanged(listener: ScimMembersChangedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async membersChanged(scimGroupId: string): Promise<void> {
    const results = await Promise.allSettled([...this.listeners].map(async (listener) => listener(scimGroupId)));
    for (const result of results) {
      if (result.status === 'rejected') this.logger.error({ err: result.reason, scimGroupId }, 'a SCIM group listener failed');
    }
  }
}

/** One per process: SCIM emits, features subscribe from their modules. */
export const scimGroupEvents = new ScimGroupEvents();

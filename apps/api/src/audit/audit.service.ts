import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** Who did it: a signed-in person, or a named non-person actor (CLI, SCIM client, system). */
export interface AuditActor {
  userId: string | null;
  label: string;
}

/** Where it came from. */
export interface AuditOrigin {
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string };
  outcome?: 'success' | 'failure';
  details?: Record<string, unknown>;
  origin?: AuditOrigin;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

/** Writes the append-only audit log. There is deliberately no update or delete here. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.events.insert({
      actorUserId: entry.actor.userId,
      actorLabel: entry.actor.label.slice(0, 320),
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      outcome: entry.outcome ?? 'success',
      details: (entry.details ?? {}) as AuditEventEntity['details'] & object,
      ip: entry.origin?.ip?.slice(0, 64) ?? null,
      userAgent: entry.origin?.userAgent?.slice(0, 512) ?? null,
    });
    this.logger.log({ audit: { action: entry.action, actor: entry.actor.label, outcome: entry.outcome ?? 'success' } }, 'audit');
  }
}

import { Injectable } from '@nestjs/common';
import type { EndorsersResponse, SkillRef } from '@moot/contracts';
import { personSummaryOf } from './dto/skill.mappers';
import { NotificationEvents } from '../notifications/notification-events';
import { EndorsementsRepository } from './endorsements.repository';
import { SkillsException } from './skills.exception';
import { isUuid } from './skills.service';

/** Colleagues vouching for each other's skills. */
@Injectable()
export class EndorsementsService {
  constructor(
    private readonly endorsements: EndorsementsRepository,
    private readonly notificationEvents: NotificationEvents,
  ) {}

  async endorse(endorserId: string, userId: string, skillId: string): Promise<void> {
    await this.listedSkillOf(userId, skillId);
    if (endorserId === userId) throw SkillsException.selfEndorsement();
    if (!(await this.endorsements.endorse(endorserId, userId, skillId))) throw SkillsException.skillNotListed();
    this.notificationEvents.emit('skill:endorsed', { endorserId, userId, skillId });
  }

  async withdraw(endorserId: string, userId: string, skillId: string): Promise<void> {
    await this.listedSkillOf(userId, skillId);
    await this.endorsements.withdraw(endorserId, userId, skillId);
  }

  async endorsers(userId: string, skillId: string): Promise<EndorsersResponse> {
    const skill = await this.listedSkillOf(userId, skillId);
    const rows = await this.endorsements.endorsers(userId, skillId);
    return { skill, endorsers: rows.map(personSummaryOf) };
  }

  /** 404 unless the person is an active colleague who lists the skill. */
  private async listedSkillOf(userId: string, skillId: string): Promise<SkillRef> {
    if (!isUuid(userId) || !(await this.endorsements.isActivePerson(userId))) throw SkillsException.personNotFound();
    const skill = isUuid(skillId) ? await this.endorsements.listedSkill(userId, skillId) : null;
    if (!skill) throw SkillsException.skillNotListed();
    return skill;
  }
}

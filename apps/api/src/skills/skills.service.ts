import { Injectable } from '@nestjs/common';
import type { ProfileSkill, SkillRef, SkillSuggestionsResponse } from '@moot/contracts';
import { cleanSkillName, normaliseSkillName, SKILL_NAME_MAX_LENGTH } from './skill-name';
import { SkillsException } from './skills.exception';
import { SkillsRepository } from './skills.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a URL could name a row at all (anything else simply does not exist). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export const SKILL_SUGGESTIONS_DEFAULT_LIMIT = 10;

/** The shared skills vocabulary and each person's own skills and learning goals. */
@Injectable()
export class SkillsService {
  constructor(private readonly skills: SkillsRepository) {}

  async suggest(query: string | undefined, limit = SKILL_SUGGESTIONS_DEFAULT_LIMIT): Promise<SkillSuggestionsResponse> {
    const normalised = normaliseSkillName(query ?? '').slice(0, SKILL_NAME_MAX_LENGTH);
    return { skills: await this.skills.suggest(normalised, limit) };
  }

  async addSkill(userId: string, name: string, offersHelp: boolean | undefined): Promise<ProfileSkill> {
    const skill = await this.vocabularyEntry(name);
    return this.skills.upsertUserSkill(userId, skill.id, offersHelp);
  }

  async removeSkill(userId: string, skillId: string): Promise<void> {
    if (isUuid(skillId)) await this.skills.removeUserSkill(userId, skillId);
  }

  async addLearningGoal(userId: string, name: string): Promise<SkillRef> {
    const skill = await this.vocabularyEntry(name);
    await this.skills.addLearningGoal(userId, skill.id);
    return skill;
  }

  async removeLearningGoal(userId: string, skillId: string): Promise<void> {
    if (isUuid(skillId)) await this.skills.removeLearningGoal(userId, skillId);
  }

  /** One entry per normalised name; the first person to use a name sets how it is displayed. */
  private async vocabularyEntry(raw: string): Promise<SkillRef> {
    const name = cleanSkillName(raw);
    if (name.length < 1 || name.length > SKILL_NAME_MAX_LENGTH) throw SkillsException.invalidName();
    return this.skills.findOrCreate(name, normaliseSkillName(name));
  }
}

import { Injectable } from '@nestjs/common';
import type { DepartmentsResponse, DirectoryEntry, DirectoryPage, MentoringMatches, MentorMatch, PeopleSuggestions } from '@moot/contracts';
import { personSummaryOf } from '../skills/dto/skill.mappers';
import { cleanSkillName, normaliseSkillName } from '../skills/skill-name';
import { decodeDirectoryCursor, encodeDirectoryCursor } from './directory-cursor';
import { DirectoryMatchesRepository, MentorRow } from './directory-matches.repository';
import { DirectoryRepository, DirectoryRow } from './directory.repository';
import { DIRECTORY_DEFAULT_LIMIT, DirectoryQueryDto } from './dto/directory-query.dto';

/** Whitespace collapsed and trimmed; empty means "no filter". */
function cleaned(text: string | undefined): string | null {
  const value = cleanSkillName(text ?? '');
  return value === '' ? null : value;
}

function toEntry(row: DirectoryRow): DirectoryEntry {
  return { ...personSummaryOf(row), location: row.location, matchedSkills: row.matched_skills, askMeAbout: row.ask_me_about };
}

function toMentorMatch(row: MentorRow): MentorMatch {
  return { person: personSummaryOf(row), skills: row.skills, crossesDepartments: row.crosses_departments };
}

/** Finding colleagues: search, departments, suggestions and mentoring matches. Active people only. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly matches: DirectoryMatchesRepository,
  ) {}

  async search(query: DirectoryQueryDto): Promise<DirectoryPage> {
    const limit = query.limit ?? DIRECTORY_DEFAULT_LIMIT;
    const q = cleaned(query.q);
    const skill = cleaned(query.skill);
    const rows = await this.directory.search({
      q,
      qSkill: q === null ? null : normaliseSkillName(q),
      skill: skill === null ? null : normaliseSkillName(skill),
      topic: cleaned(query.topic),
      department: query.department ?? null,
      location: cleaned(query.location),
      after: query.cursor ? decodeDirectoryCursor(query.cursor) : null,
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toEntry),
      nextCursor: rows.length > limit && last ? encodeDirectoryCursor({ rank: last.rank, name: last.sort_name, id: last.id }) : null,
    };
  }

  async departments(): Promise<DepartmentsResponse> {
    const rows = await this.directory.departmentsWithCounts();
    return { departments: rows.map((row) => ({ id: row.id, name: row.name, slug: row.slug, peopleCount: row.people_count })) };
  }

  async suggestions(userId: string, skill: string | undefined): Promise<PeopleSuggestions> {
    const skillName = cleaned(skill);
    const [likeYou, outside] = await Promise.all([
      this.matches.likeYou(userId),
      skillName === null ? Promise.resolve([]) : this.matches.outsideDepartmentWithSkill(userId, normaliseSkillName(skillName)),
    ]);
    return { likeYou: likeYou.map(personSummaryOf), outsideYourDepartment: outside.map(personSummaryOf) };
  }

  async mentoring(userId: string): Promise<MentoringMatches> {
    const [canHelpYou, youCanHelp] = await Promise.all([this.matches.mentors(userId, 'canHelpYou'), this.matches.mentors(userId, 'youCanHelp')]);
    return { canHelpYou: canHelpYou.map(toMentorMatch), youCanHelp: youCanHelp.map(toMentorMatch) };
  }
}

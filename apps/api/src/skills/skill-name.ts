/** The one rule for skill names: trimmed, inner whitespace collapsed, compared case-insensitively. */
export const SKILL_NAME_MAX_LENGTH = 50;

export function cleanSkillName(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function normaliseSkillName(raw: string): string {
  return cleanSkillName(raw).toLocaleLowerCase('en-GB');
}

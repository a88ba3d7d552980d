import type { PersonSummary } from '@moot/contracts';
import { toPersonSummary } from '../../people/person-summary';
import type { UserStatus } from '../../users/user.entity';

/** A person as selected by the skills and directory SQL (users joined to departments). */
export interface PersonRow {
  id: string;
  display_name: string;
  job_title: string | null;
  status: UserStatus;
  avatar_key: string | null;
  department_id: string | null;
  department_name: string | null;
  department_slug: string | null;
}

/** The SELECT list that produces a {@link PersonRow} from `users u LEFT JOIN departments d`. */
export const PERSON_COLUMNS = `u.id, u.display_name, u.job_title, u.status, u.avatar_key,
  d.id AS department_id, d.name AS department_name, d.slug AS department_slug`;

export function personSummaryOf(row: PersonRow): PersonSummary {
  return toPersonSummary({
    id: row.id,
    displayName: row.display_name,
    jobTitle: row.job_title,
    status: row.status,
    avatarKey: row.avatar_key,
    department: row.department_id ? { id: row.department_id, name: row.department_name as string, slug: row.department_slug as string, createdAt: new Date(0) } : null,
  });
}

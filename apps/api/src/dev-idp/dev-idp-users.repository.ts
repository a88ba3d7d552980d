import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserStatus } from '../users/user.entity';

/** A person as the development IdP shows and asserts them. */
export interface DevIdpUser {
  id: string;
  email: string;
  status: UserStatus;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  jobTitle: string | null;
  department: string | null;
}

const SELECT_USER = `
  SELECT u.id, u.email, u.status, u.display_name AS "displayName", u.given_name AS "givenName",
         u.family_name AS "familyName", u.job_title AS "jobTitle", d.name AS department
  FROM users u
  LEFT JOIN departments d ON d.id = u.department_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class DevIdpUsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  listActive(): Promise<DevIdpUser[]> {
    return this.dataSource.query(`${SELECT_USER} WHERE u.status = 'active' ORDER BY lower(u.display_name), u.id`);
  }

  /** Any status; `null` for an unknown id, including one that is not a UUID. */
  async findById(id: string): Promise<DevIdpUser | null> {
    if (!UUID.test(id)) return null;
    const rows: DevIdpUser[] = await this.dataSource.query(`${SELECT_USER} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginLinkEntity } from './login-link.entity';

@Injectable()
export class LoginLinkRepository {
  constructor(@InjectRepository(LoginLinkEntity) private readonly links: Repository<LoginLinkEntity>) {}

  /** Stores a link's hash; the expiry is computed by the database clock, the one consume() checks against. */
  async insert(tokenHash: string, userId: string, validMinutes: number, issuedBy: string): Promise<Date> {
    const rows: { expires_at: Date }[] = await this.links.query(
      `INSERT INTO login_links (token_hash, user_id, expires_at, issued_by)
       VALUES ($1, $2, now() + make_interval(mins => $3), $4) RETURNING expires_at`,
      [tokenHash, userId, validMinutes, issuedBy.slice(0, 200)],
    );
    return rows[0].expires_at;
  }

  /** Marks an unused, unexpired link used in one statement (so it works once, even under a race); its user id or null. */
  async consume(tokenHash: string): Promise<string | null> {
    const [rows]: [{ user_id: string }[], number] = await this.links.query(
      `UPDATE login_links SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [tokenHash],
    );
    return rows[0]?.user_id ?? null;
  }
}

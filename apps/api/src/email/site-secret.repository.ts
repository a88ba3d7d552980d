import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** App-generated secrets in `site_secrets`, shared by every instance through the database. */
@Injectable()
export class SiteSecretRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The named secret, created with 32 random bytes on first use (the first instance to ask wins). */
  async getOrCreate(name: string): Promise<Buffer> {
    await this.dataSource.query(`INSERT INTO site_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, randomBytes(32)]);
    const [row] = await this.dataSource.query<{ value: Buffer }[]>(`SELECT value FROM site_secrets WHERE name = $1`, [name]);
    return row.value;
  }
}

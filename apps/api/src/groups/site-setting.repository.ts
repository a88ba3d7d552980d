import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SiteSettingEntity } from './site-setting.entity';

/** Site-wide settings by key, as JSON. */
@Injectable()
export class SiteSettingRepository {
  constructor(@InjectRepository(SiteSettingEntity) private readonly settings: Repository<SiteSettingEntity>) {}

  async get<T>(key: string): Promise<T | null> {
    const row = await this.settings.findOneBy({ key });
    return row ? (row.value as T) : null;
  }

  async put(key: string, value: unknown): Promise<void> {
    await this.settings.upsert({ key, value: value as object }, ['key']);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { FileStorage } from '../storage/file-storage';
import { ArchiveManifest } from './archive-format';
import { ArchiveProgress, removeArchiveFiles, writeCouncilArchive } from './archive-writer';

/** The app's version, from the nearest package.json above this file (the repository or image root). */
function appVersion(): string {
  let dir = __dirname;
  while (path.dirname(dir) !== dir) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'moot') return parsed.version ?? 'unknown';
    }
    dir = path.dirname(dir);
  }
  return process.env.npm_package_version ?? 'unknown';
}

/** Writes whole-council archives with this site's settings: used by the background job and the CLI. */
@Injectable()
export class CouncilArchiveExporter {
  private readonly version = appVersion();

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** Where the background job keeps archive `id`. */
  archivePath(id: string): string {
    return this.config.resolveDataPath('exports', `${id}.tar.gz`);
  }

  async write(target: string, progress?: ArchiveProgress): Promise<ArchiveManifest> {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    return writeCouncilArchive({ dataSource: this.dataSource, storage: this.storage, target, siteName: this.config.siteName, appVersion: this.version, progress });
  }

  remove(target: string): Promise<void> {
    return removeArchiveFiles(target);
  }
}

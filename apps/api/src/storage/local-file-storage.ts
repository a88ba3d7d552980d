import fs from 'node:fs';
import path from 'node:path';
import { assertSafeKey, FileStorage } from './file-storage';

/** Files under `<DATA_DIR>/files`, with the content type in a sidecar file. */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.promises.writeFile(temporary, data);
    await fs.promises.writeFile(`${file}.type`, contentType);
    await fs.promises.rename(temporary, file);
  }

  async get(key: string): Promise<{ stream: fs.ReadStream; contentType: string; size: number } | null> {
    const file = this.pathOf(key);
    try {
      const [stat, contentType] = await Promise.all([fs.promises.stat(file), fs.promises.readFile(`${file}.type`, 'utf8')]);
      return { stream: fs.createReadStream(file), contentType, size: stat.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await Promise.all([fs.promises.rm(file, { force: true }), fs.promises.rm(`${file}.type`, { force: true })]);
  }

  async deletePrefix(prefix: string): Promise<void> {
    const dir = this.pathOf(prefix.replace(/\/+$/, ''));
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

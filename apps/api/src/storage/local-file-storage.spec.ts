import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalFileStorage } from './local-file-storage';

async function read(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
}

describe(LocalFileStorage.name, () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-storage-'));
  const sut = new LocalFileStorage(root);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores, reads back with its content type, and deletes', async () => {
    await sut.put('avatars/u1/128.webp', Buffer.from('image bytes'), 'image/webp');
    const found = await sut.get('avatars/u1/128.webp');
    expect(found?.contentType).toBe('image/webp');
    expect(found?.size).toBe(11);
    await expect(read(found!.stream)).resolves.toBe('image bytes');
    await sut.deletePrefix('avatars/u1/');
    await expect(sut.get('avatars/u1/128.webp')).resolves.toBeNull();
  });

  it('refuses keys that could escape its folder', async () => {
    await expect(sut.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
    await expect(sut.get('/absolute')).rejects.toThrow(/unsafe/);
  });
});

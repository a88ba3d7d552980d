import { INestApplication } from '@nestjs/common';
import { AVATAR_MAX_BYTES, AVATAR_SIZES } from '@moot/contracts';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FileStorage } from '../src/storage/file-storage';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const SECRET_EXIF = 'Taken at 12 Acacia Avenue';

/** A small photo-like image in memory; nothing binary is committed. */
const image = (width = 300, height = 200) => sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

/** Reads a binary response body into a Buffer. */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('people: avatars', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let person: UserEntity;
  let asPerson: SignedIn;
  let asColleague: SignedIn;

  const api = () => request(app.getHttpServer());
  const upload = (as: SignedIn, bytes: Buffer, filename: string, contentType = 'image/png') =>
    api().put('/api/people/me/avatar').set('Cookie', as.cookie).set('x-csrf-token', as.csrf).attach('file', bytes, { filename, contentType });
  const fetchAvatar = (id: string, as: SignedIn, size?: number) =>
    api().get(`/api/people/${id}/avatar${size ? `?size=${size}` : ''}`).set('Cookie', as.cookie).buffer(true).parse(binary);
  const avatarKeyOf = async (id: string): Promise<string | null> => (await app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id })).avatarKey;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    person = await createUser(app);
    asPerson = await signInAs(app, person);
    asColleague = await signInAs(app, await createUser(app));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers 404 for the avatar of a person who has none', async () => {
    const response = await fetchAvatar(person.id, asColleague).expect(404);
    expect(JSON.parse(response.body.toString()).code).toBe('PEOPLE_NOT_FOUND');
  });

  it.each([
    ['PNG', () => image().png().toBuffer(), 'me.png'],
    ['WebP', () => image().webp().toBuffer(), 'me.webp'],
  ])('accepts a %s and serves it at 64, 128 and 256 pixels as WebP', async (_type, make, filename) => {
    const response = await upload(asPerson, await make(), filename).expect(200);
    expect(response.body.avatarUrl).toMatch(new RegExp(`^/api/people/${person.id}/avatar\\?size=128&v=[0-9a-f]+$`));
    for (const size of AVATAR_SIZES) {
      const served = await fetchAvatar(person.id, asColleague, size).expect(200);
      expect(served.headers['content-type']).toBe('image/webp');
      const metadata = await sharp(served.body as Buffer).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', size, size]);
    }
  });

  it('accepts a JPEG and strips its EXIF (location, camera, comments) from every size', async () => {
    const jpeg = await image().jpeg().withExif({ IFD0: { Copyright: SECRET_EXIF, ImageDescription: SECRET_EXIF } }).toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    await upload(asPerson, jpeg, 'photo.jpg', 'image/jpeg').expect(200);
    for (const size of AVATAR_SIZES) {
      const served = (await fetchAvatar(person.id, asColleague, size).expect(200)).body as Buffer;
      const metadata = await sharp(served).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(served.includes(Buffer.from(SECRET_EXIF))).toBe(false);
      expect(served.includes(Buffer.from('Exif'))).toBe(false);
    }
  });

  it('serves avatars for a day to the browser only, never sniffed as another type', async () => {
    const served = await fetchAvatar(person.id, asColleague).expect(200);
    expect(served.headers['cache-control']).toBe('private, max-age=86400');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect((await sharp(served.body as Buffer).metadata()).width).toBe(128);
  });

  it('replaces the previous version and deletes its files', async () => {
    const before = (await avatarKeyOf(person.id))!;
    const response = await upload(asPerson, await image(50, 80).png().toBuffer(), 'new.png').expect(200);
    const after = (await avatarKeyOf(person.id))!;
    expect(after).toMatch(new RegExp(`^avatars/${person.id}/[0-9a-f]+$`));
    expect(after).not.toBe(before);
    expect(response.body.avatarUrl).toContain(`v=${after.split('/').pop()}`);
    const storage = app.get(FileStorage);
    await expect(storage.get(`${before}/128.webp`)).resolves.toBeNull();
    const current = await storage.get(`${after}/256.webp`);
    expect(current).not.toBeNull();
    current!.stream.destroy();
  });

  it('refuses an SVG renamed .png, decided by its content (415)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>');
    const response = await upload(asPerson, svg, 'innocent.png', 'image/png').expect(415);
    expect(response.body).toMatchObject({ code: 'PEOPLE_AVATAR_UNSUPPORTED_TYPE', message: expect.stringMatching(/PNG, JPEG or WebP.*SVG/) });
  });

  it('refuses ZIP bytes named .png (415) and a GIF (415)', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
    await upload(asPerson, zip, 'photo.png').expect(415);
    await upload(asPerson, await image(20, 20).gif().toBuffer(), 'photo.png').expect(415);
  });

  it('refuses an animated WebP (400)', async () => {
    const frame = (colour: string) => sharp({ create: { width: 16, height: 16, channels: 3, background: colour } }).png().toBuffer();
    const animated = await sharp([await frame('#c00'), await frame('#0c0')], { join: { animated: true } }).webp({ loop: 0, delay: [100, 100] }).toBuffer();
    expect((await sharp(animated).metadata()).pages).toBe(2);
    const response = await upload(asPerson, animated, 'wave.webp', 'image/webp').expect(400);
    expect(response.body).toMatchObject({ code: 'PEOPLE_AVATAR_UNUSABLE', message: expect.stringMatching(/animated/) });
  });

  it('refuses a decompression bomb: a small PNG that claims 64 megapixels (400)', async () => {
    const bomb = Buffer.from(await image(1, 1).png().toBuffer());
    // Rewrite the IHDR chunk (width, height at bytes 16–23) and its CRC: a tiny file, a huge bitmap.
    bomb.writeUInt32BE(8000, 16);
    bomb.writeUInt32BE(8000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29);
    const response = await upload(asPerson, bomb, 'tiny.png').expect(400);
    expect(response.body.message).toMatch(/more than 40 megapixels/);
  });

  it('refuses a file over 5 MB with 413 and a clear message', async () => {
    const response = await upload(asPerson, Buffer.alloc(AVATAR_MAX_BYTES + 1024 * 1024, 1), 'huge.png').expect(413);
    expect(response.body).toMatchObject({ code: 'PEOPLE_AVATAR_TOO_LARGE', message: 'The image is larger than 5 MB. Choose a smaller one.' });
  });

  it('answers 400 when no file is sent, and for an unknown size', async () => {
    const missing = await api().put('/api/people/me/avatar').set('Cookie', asPerson.cookie).set('x-csrf-token', asPerson.csrf).expect(400);
    expect(missing.body.code).toBe('PEOPLE_AVATAR_MISSING');
    const badSize = await fetchAvatar(person.id, asColleague, 100).expect(400);
    expect(JSON.parse(badSize.body.toString()).errors[0].field).toBe('size');
  });

  it('needs the CSRF header to upload', async () => {
    await api().put('/api/people/me/avatar').set('Cookie', asPerson.cookie).attach('file', await image().png().toBuffer(), 'me.png').expect(403);
  });

  it('removes the avatar (204), after which it answers 404', async () => {
    const key = (await avatarKeyOf(person.id))!;
    await api().delete('/api/people/me/avatar').set('Cookie', asPerson.cookie).set('x-csrf-token', asPerson.csrf).expect(204);
    await fetchAvatar(person.id, asColleague).expect(404);
    await expect(app.get(FileStorage).get(`${key}/64.webp`)).resolves.toBeNull();
    await api().delete('/api/people/me/avatar').set('Cookie', asPerson.cookie).set('x-csrf-token', asPerson.csrf).expect(204);
  });

  it("answers 404 for a former colleague's avatar", async () => {
    const former = await createUser(app);
    await upload(await signInAs(app, former), await image().png().toBuffer(), 'me.png').expect(200);
    await app.get(DataSource).query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [former.id]);
    await fetchAvatar(former.id, asColleague).expect(404);
  });
});

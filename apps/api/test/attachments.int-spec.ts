import { INestApplication } from '@nestjs/common';
import { ATTACHMENT_MAX_BYTES } from '@moot/contracts';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AttachmentsService } from '../src/attachments/attachments.service';
import { UserEntity } from '../src/users/user.entity';
import { createUser, signInAs, SignedIn } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** A ZIP of stored (uncompressed) entries: enough structure for the central-directory check. */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('attachments', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let uploader: UserEntity;
  let asUploader: SignedIn;
  let asOutsider: SignedIn;
  let photo: Buffer;

  const api = () => request(app.getHttpServer());
  const upload = (as: SignedIn, file: Buffer, name: string, altText?: string) => {
    const call = api().post('/api/attachments').set('Cookie', as.cookie).set('x-csrf-token', as.csrf).attach('file', file, name);
    return altText === undefined ? call : call.field('altText', altText);
  };
  const get = (as: SignedIn, path: string) => api().get(path).set('Cookie', as.cookie).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database);
    uploader = await createUser(app);
    asUploader = await signInAs(app, uploader);
    asOutsider = await signInAs(app, await createUser(app));
    photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366aa' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'GPS and secrets' } })
      .toBuffer();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('stores an image with alt text, without its EXIF, with a 400px WebP thumbnail', async () => {
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const { body } = await upload(asUploader, photo, 'team photo.jpeg', 'The team at the summer fair').expect(201);
    expect(body).toEqual({
      id: expect.any(String),
      kind: 'image',
      fileName: 'team photo.jpg',
      contentType: 'image/jpeg',
      size: expect.any(Number),
      altText: 'The team at the summer fair',
      url: `/api/attachments/${body.id}`,
      thumbnailUrl: `/api/attachments/${body.id}/thumbnail`,
    });
    const original = await get(asUploader, body.url).expect(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['content-disposition']).toBe(`inline; filename="team photo.jpg"; filename*=UTF-8''team%20photo.jpg`);
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    expect(original.headers['cache-control']).toMatch(/^private/);
    expect(original.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect((await sharp(original.body as Buffer).metadata()).exif).toBeUndefined();

    const thumbnail = await get(asUploader, body.thumbnailUrl).expect(200);
    const meta = await sharp(thumbnail.body as Buffer).metadata();
    expect([thumbnail.headers['content-type'], meta.format, meta.width]).toEqual(['image/webp', 'webp', 400]);
  });

  it('refuses an image without alt text (400 on altText)', async () => {
    const { body } = await upload(asUploader, photo, 'photo.jpg').expect(400);
    expect(body.errors).toEqual([{ field: 'altText', messages: [expect.stringMatching(/required/)] }]);
    await upload(asUploader, photo, 'photo.jpg', 'x'.repeat(301)).expect(400);
  });

  it('accepts documents by their content: PDF, DOCX and UTF-8 text; downloads them as attachments', async () => {
    const pdf = await upload(asUploader, Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), 'minutes.pdf').expect(201);
    expect(pdf.body).toMatchObject({ kind: 'document', contentType: 'application/pdf', altText: null, thumbnailUrl: null });
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    await upload(asUploader, docx, 'Report.docx').expect(201, /wordprocessingml/);
    const csv = await upload(asUploader, Buffer.from('name,team\nAsha,Comms\n'), 'rota.csv').expect(201);
    expect(csv.body.contentType).toBe('text/csv; charset=utf-8');
    const download = await get(asUploader, pdf.body.url).expect(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="minutes.pdf"/);
  });

  it.each([
    ['an SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'cat.png'],
    ['HTML named .txt', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), 'notes.txt'],
    ['a plain ZIP archive', zipOf({ 'readme.txt': 'hello' }), 'files.zip'],
    ['an executable', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(64)]), 'setup.pdf'],
  ])('refuses %s (415)', async (_what, file, name) => {
    const { body } = await upload(asUploader, file, name, 'alt').expect(415);
    expect(body.code).toBe('ATTACHMENT_UNSUPPORTED_TYPE');
  });

  it('refuses a file over the size limit (413)', async () => {
    const { body } = await upload(asUploader, Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 'a'), 'big.txt').expect(413);
    expect(body.code).toBe('ATTACHMENT_TOO_LARGE');
  });

  it('shows an unused upload to its uploader only (404 for others)', async () => {
    const { body } = await upload(asUploader, Buffer.from('draft notes'), 'draft.txt').expect(201);
    await get(asUploader, body.url).expect(200);
    await get(asOutsider, body.url).expect(404);
    await get(asOutsider, `/api/attachments/not-a-uuid`).expect(404);
  });

  it("serves a claimed file only to people who may see its post: 404 for a secret group's non-member", async () => {
    const dataSource = app.get(DataSource);
    const [group] = await dataSource.query(`INSERT INTO groups (slug, name, visibility) VALUES ('secret-hr', 'HR cases', 'secret') RETURNING id`);
    await dataSource.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'owner')`, [group.id, uploader.id]);
    const [post] = await dataSource.query(`INSERT INTO posts (group_id, author_id, type, body) VALUES ($1, $2, 'discussion', 'See attached') RETURNING id`, [group.id, uploader.id]);
    const { body } = await upload(asUploader, Buffer.from('case notes'), 'case.txt').expect(201);

    const attachments = app.get(AttachmentsService);
    await attachments.claim(uploader.id, [body.id], { postId: post.id });
    await expect(attachments.claim(uploader.id, [body.id], { postId: post.id })).rejects.toMatchObject({ code: 'ATTACHMENT_NOT_CLAIMABLE' });
    await expect(attachments.viewsFor([post.id])).resolves.toEqual(new Map([[post.id, [expect.objectContaining({ id: body.id })]]]));

    await get(asUploader, body.url).expect(200);
    await get(asOutsider, body.url).expect(404);
  });

  it("refuses to claim someone else's upload", async () => {
    const { body } = await upload(asOutsider, Buffer.from('mine'), 'mine.txt').expect(201);
    const [post] = await app.get(DataSource).query(`INSERT INTO posts (author_id, type, body) VALUES ($1, 'discussion', 'x') RETURNING id`, [uploader.id]);
    await expect(app.get(AttachmentsService).claim(uploader.id, [body.id], { postId: post.id })).rejects.toMatchObject({ status: 400 });
  });

  it('attaches uploads to a new post through POST /api/posts, all or none, and shows them in the post', async () => {
    const { body: image } = await upload(asUploader, photo, 'site-visit.jpg', 'The new community hall from the car park').expect(201);
    const created = await api()
      .post('/api/posts')
      .set('Cookie', asUploader.cookie)
      .set('x-csrf-token', asUploader.csrf)
      .send({ type: 'discussion', body: 'Photos from the site visit', attachmentIds: [image.id] })
      .expect(201);
    expect(created.body.attachments).toEqual([expect.objectContaining({ id: image.id, kind: 'image', altText: 'The new community hall from the car park' })]);

    const { body: theirs } = await upload(asOutsider, Buffer.from('not yours'), 'other.txt').expect(201);
    const refused = await api()
      .post('/api/posts')
      .set('Cookie', asUploader.cookie)
      .set('x-csrf-token', asUploader.csrf)
      .send({ type: 'discussion', body: 'Trying to borrow a file', attachmentIds: [theirs.id] })
      .expect(400);
    expect(refused.body.errors?.[0]?.field ?? refused.body.code).toBeDefined();
    const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM posts WHERE body = 'Trying to borrow a file'`);
    expect(count).toBe(0);
  });

  it('removes unused uploads after a day', async () => {
    const { body } = await upload(asUploader, Buffer.from('old'), 'old.txt').expect(201);
    await app.get(DataSource).query(`UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = $1`, [body.id]);
    await expect(app.get(AttachmentsService).purgeUnclaimed(24 * 3_600_000)).resolves.toBe(1);
    await get(asUploader, body.url).expect(404);
  });
});

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { NotificationType } from '@moot/contracts';
import { DigestService } from '../src/email/digest.service';
import { ImmediateEmailService } from '../src/email/immediate-email.service';
import { UnsubscribeService } from '../src/email/unsubscribe.service';
import { NotificationPreferencesService } from '../src/notifications/notification-preferences.service';
import { UserEntity } from '../src/users/user.entity';
import { createUser } from './factories';
import { createTestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

interface ReceivedEmail {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps every message it is given. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; inbox: ReceivedEmail[] }> {
  const inbox: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

/** A header's value, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return head.split(/\r?\n/).find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();
}

/** The message as readable text (quoted-printable soft breaks and escapes undone). */
function decoded(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function eventually<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('notification email', () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let a: INestApplication;
  let b: INestApplication;
  const inboxOf = (user: UserEntity): ReceivedEmail[] => smtp.inbox.filter((email) => email.to.includes(user.email));

  async function notify(user: UserEntity, type: NotificationType, options: { actor?: UserEntity; groupId?: string | null; read?: boolean } = {}): Promise<{ id: string; link: string }> {
    const target = randomUUID();
    const link = `/posts/${target}`;
    const [row] = await a.get(DataSource).query(
      `INSERT INTO notifications (user_id, type, target_type, target_id, group_id, group_key, actor_ids, actor_count, link, read_at)
       VALUES ($1, $2, 'post', $3, $4, $5, $6::uuid[], $7, $8, $9) RETURNING id`,
      [user.id, type, target, options.groupId ?? null, `${type}:${target}`, options.actor ? [options.actor.id] : [], options.actor ? 1 : 0, link, options.read ? new Date() : null],
    );
    return { id: row.id as string, link };
  }

  async function secretGroup(memberIds: string[]): Promise<string> {
    const sql = a.get(DataSource);
    const slug = `secret-${randomUUID().slice(0, 8)}`;
    const [group] = await sql.query(`INSERT INTO groups (slug, name, visibility) VALUES ($1, $2, 'secret') RETURNING id`, [slug, `Secret ${slug}`]);
    for (const userId of memberIds) await sql.query(`INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, 'member')`, [group.id, userId]);
    return group.id as string;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createTestDatabase();
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
    [a, b] = await Promise.all([createTestApp(database, env), createTestApp(database, env)]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
    await database?.drop();
  });

  describe(ImmediateEmailService.name, () => {
    it('sends one email with HTML and text parts and one-click unsubscribe headers', async () => {
      const person = await createUser(a);
      const actor = await createUser(a, { displayName: 'Sam Jones' });
      await a.get(NotificationPreferencesService).update(person.id, { types: [{ type: 'mention', delivery: 'email_now' }] });
      const notification = await notify(person, 'mention', { actor });

      expect(await a.get(ImmediateEmailService).sweep()).toContain(notification.id);
      const email = await eventually(() => inboxOf(person)[0]);
      const text = decoded(email.raw);

      expect(header(email.raw, 'Content-Type')).toMatch(/^multipart\/alternative/);
      expect(email.raw).toMatch(/Content-Type: text\/plain/);
      expect(email.raw).toMatch(/Content-Type: text\/html/);
      expect(text).toContain('<html lang="en-GB">');
      expect(text).toContain('<h1');
      expect(text).toContain('Sam Jones mentioned you');
      expect(text).toContain(`http://localhost:3000${notification.link}`);
      expect(header(email.raw, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/email\/unsubscribe\?token=[\w.%-]+>/);
      expect(header(email.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

      // Sending again (a retry, or another instance) finds it already emailed.
      await b.get(ImmediateEmailService).send(notification.id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(inboxOf(person)).toHaveLength(1);
      expect(await a.get(ImmediateEmailService).sweep()).not.toContain(notification.id);
    });

    it('holds an email back during quiet hours', async () => {
      const person = await createUser(a);
      await a.get(NotificationPreferencesService).update(person.id, {
        types: [{ type: 'reply', delivery: 'email_now' }],
        quietHours: { start: '00:00', end: '23:59' },
      });
      const notification = await notify(person, 'reply');
      expect(await a.get(ImmediateEmailService).sweep(new Date('2026-01-15T12:00:00Z'))).not.toContain(notification.id);
    });
  });

  describe('unsubscribe links', () => {
    it('asks on GET, then switches that one type to in-app on POST', async () => {
      const person = await createUser(a);
      const preferences = a.get(NotificationPreferencesService);
      await preferences.update(person.id, { types: [{ type: 'mention', delivery: 'email_now' }, { type: 'reply', delivery: 'email_now' }] });
      const url = new URL(await a.get(UnsubscribeService).linkFor(person.id, 'mention'));
      const path = `${url.pathname}${url.search}`;

      const page = await request(a.getHttpServer()).get(path).expect(200);
      expect(page.text).toContain('<html lang="en-GB">');
      expect(page.text).toContain('<form method="post"');
      expect(await preferences.deliveryFor(person.id, 'mention', null)).toBe('email_now');

      // One-click (RFC 8058): a form POST from the mail client, no session, no CSRF header. Works on any instance.
      await request(b.getHttpServer()).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(await preferences.deliveryFor(person.id, 'mention', null)).toBe('in_app');
      expect(await preferences.deliveryFor(person.id, 'reply', null)).toBe('email_now');
    });

    it('refuses a tampered or malformed token (400) and changes nothing', async () => {
      const person = await createUser(a);
      const preferences = a.get(NotificationPreferencesService);
      await preferences.update(person.id, { types: [{ type: 'reply', delivery: 'email_now' }] });
      const token = new URL(await a.get(UnsubscribeService).linkFor(person.id, 'mention')).searchParams.get('token') as string;
      const [payload, signature] = token.split('.');
      const [userId, , expiry] = Buffer.from(payload, 'base64url').toString().split('.');
      const tampered = `${Buffer.from(`${userId}.reply.${expiry}`).toString('base64url')}.${signature}`;

      for (const bad of [tampered, `${payload}.${signature.slice(1)}`, 'nonsense']) {
        const response = await request(a.getHttpServer()).post('/api/email/unsubscribe').query({ token: bad }).expect(400);
        expect(response.text).toContain('This unsubscribe link does not work');
        await request(a.getHttpServer()).get('/api/email/unsubscribe').query({ token: bad }).expect(400);
      }
      expect(await preferences.deliveryFor(person.id, 'reply', null)).toBe('email_now');
    });
  });

  describe(DigestService.name, () => {
    it('sends each person one digest when two API instances run it at once', async () => {
      const [first, second] = await Promise.all([createUser(a), createUser(a)]);
      const actor = await createUser(a, { displayName: 'Priya Shah' });
      const unread = [await notify(first, 'mention', { actor }), await notify(first, 'reply', { actor }), await notify(second, 'mention', { actor })];
      const alreadyRead = await notify(first, 'mention', { actor, read: true });
      // Secret group: `second` is not a member (e.g. removed after the notification was written).
      const hidden = await notify(second, 'reply', { actor, groupId: await secretGroup([first.id]) });

      const runs = await Promise.all([a.get(DigestService).runDaily(), b.get(DigestService).runDaily()]);

      expect(inboxOf(first)).toHaveLength(1);
      expect(inboxOf(second)).toHaveLength(1);
      expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
      const firstEmail = decoded(inboxOf(first)[0].raw);
      const secondEmail = decoded(inboxOf(second)[0].raw);
      expect(firstEmail).toContain(unread[0].link);
      expect(firstEmail).toContain(unread[1].link);
      expect(firstEmail).toContain('Priya Shah mentioned you');
      expect(firstEmail).not.toContain(alreadyRead.link);
      expect(secondEmail).toContain(unread[2].link);
      expect(secondEmail).not.toContain(hidden.link);
      expect(header(inboxOf(first)[0].raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

      const [hiddenRow] = await a.get(DataSource).query(`SELECT digested_at FROM notifications WHERE id = $1`, [hidden.id]);
      expect(hiddenRow.digested_at).toBeNull();

      // Nothing new: the next run sends nothing.
      expect(await a.get(DigestService).runDaily()).toEqual({ sent: 0, notifications: 0 });
      expect(inboxOf(first)).toHaveLength(1);
    });

    it('leaves weekly choices out of the daily digest and sends them weekly', async () => {
      const person = await createUser(a);
      await a.get(NotificationPreferencesService).update(person.id, { types: [{ type: 'mention', delivery: 'weekly_digest' }] });
      const weekly = await notify(person, 'mention');

      await a.get(DigestService).runDaily();
      expect(inboxOf(person)).toHaveLength(0);
      await a.get(DigestService).runWeekly();
      expect(inboxOf(person)).toHaveLength(1);
      expect(decoded(inboxOf(person)[0].raw)).toContain(weekly.link);
    });
  });
});

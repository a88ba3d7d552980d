import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { SignedIn } from '../factories';

export const SCIM_JSON = 'application/scim+json';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** SCIM calls as an identity provider makes them: bearer token, `application/scim+json` bodies. */
export function scimCall(app: INestApplication, token: string, method: Method, path: string, body?: unknown): request.Test {
  const call = request(app.getHttpServer())[method](`/scim/v2${path}`).set('Authorization', `Bearer ${token}`);
  return body === undefined ? call : call.set('Content-Type', SCIM_JSON).send(JSON.stringify(body));
}

/** Issues a SCIM token through the admin API, as an admin in the browser would. */
export async function issueScimToken(app: INestApplication, admin: SignedIn, name: string): Promise<{ id: string; token: string }> {
  const response = await request(app.getHttpServer())
    .post('/api/admin/scim-tokens')
    .set('Cookie', admin.cookie)
    .set('x-csrf-token', admin.csrf)
    .send({ name })
    .expect(201);
  return response.body as { id: string; token: string };
}

export function patchOp(...operations: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [PATCH_OP], Operations: operations };
}

let sequence = 0;

/** A new User resource with a unique userName, as Entra ID would send it. */
export function scimUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  const suffix = `${Date.now().toString(36)}${sequence}`;
  return {
    schemas: [USER_SCHEMA, ENTERPRISE],
    userName: `Staff.${suffix}@Northbridge.example`,
    externalId: `entra-${suffix}`,
    active: true,
    displayName: `Staff ${suffix}`,
    name: { givenName: 'Staff', familyName: suffix },
    emails: [{ primary: true, type: 'work', value: `staff.${suffix}@northbridge.example` }],
    ...overrides,
  };
}

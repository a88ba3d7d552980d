import type { ApiErrorBody, HealthResponse } from '@moot/contracts';

import { url } from './support/server';

/** Plain HTTP against the real server: what any client, proxy or monitor sees. */
describe('HTTP API through the real server', () => {
  it('reports health 200 with status ok', async () => {
    const response = await fetch(url('/api/health'));

    expect(response.status).toBe(200);
    const body = (await response.json()) as HealthResponse;
    expect(body.status).toBe('ok');
  });

  it('answers an unknown API route with a JSON 404, never the web app', async () => {
    const response = await fetch(url('/api/nope'));

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.statusCode).toBe(404);
  });

  it('answers malformed JSON with a JSON 400', async () => {
    const response = await fetch(url('/api/auth/logout'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"not": json',
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.statusCode).toBe(400);
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(url('/api/health'));

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('publishes its OpenAPI description', async () => {
    const response = await fetch(url('/api/docs-json'));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { openapi?: string; paths?: object };
    expect(body.openapi).toMatch(/^3\./);
    expect(body.paths).toEqual(expect.any(Object));
  });

  it('serves the web app for a deep link such as /sign-in', async () => {
    const response = await fetch(url('/sign-in'));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(response.text()).resolves.toMatch(/<html[^>]*lang="en-GB"/);
  });
});

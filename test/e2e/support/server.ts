/** Where the server started by global-setup listens, e.g. `http://localhost:41234`. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error('E2E_BASE_URL is not set: run the e2e tests with `npm run test:e2e`.');
  }
  return url;
}

/** An absolute URL on the server under test, e.g. `url('/api/health')`. */
export function url(path: string): string {
  return new URL(path, baseUrl()).toString();
}

import { ConfigError } from './app-config';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('applies the documented defaults', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: null,
      dataDir: '.data',
      seedDemo: true,
      trustProxy: false,
    });
  });

  it('derives PUBLIC_URL from PORT and trims a trailing slash from an explicit one', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://moot.example.gov.uk/' }).publicUrl).toBe('https://moot.example.gov.uk');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ SESSION_MAX_HOURS: 'forever' }, 'SESSION_MAX_HOURS'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
  ])('refuses %p with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(variable)).toBe(true);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('accepts a postgresql:// DATABASE_URL and boolean words', () => {
    const sut = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/moot', SEED_DEMO: 'false', TRUST_PROXY: '1' });
    expect(sut.databaseUrl).toBe('postgresql://u:p@db:5432/moot');
    expect(sut.seedDemo).toBe(false);
    expect(sut.trustProxy).toBe(1);
  });
});

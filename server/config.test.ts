import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const CWD = '/srv/siaga';

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs with no environment at all, on SQLite in ./data with every role', () => {
    const config = loadConfig({}, CWD);
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve(CWD, 'data'),
      databaseUrl: undefined,
      roles: ['api', 'ingest', 'pipeline', 'scheduler'],
      publicUrl: 'http://localhost:8080',
      secureCookies: false,
      sessionTtlMs: 14 * 24 * 3_600_000,
      bodyLimitBytes: 10 * 1024 * 1024,
      loginAttemptsPer15Min: 10,
      trustProxy: false,
      analysisWorkers: Math.min(4, os.availableParallelism() - 1),
      logLevel: 'info',
      secretKey: undefined,
      notifications: {
        smtpUrl: undefined,
        smtpFrom: 'Siaga <siaga@localhost>',
        telegramApiUrl: 'https://api.telegram.org',
        whatsappApiUrl: 'https://graph.facebook.com',
        whatsappApiVersion: 'v23.0',
        slackApiUrl: 'https://slack.com/api',
        maxAttempts: 8,
        timeoutMs: 10_000,
      },
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('reads the notification defaults and refuses a secret key of the wrong size', () => {
    const config = loadConfig(
      {
        SIAGA_SMTP_URL: 'smtp://user:pw@mail.internal:587',
        SIAGA_TELEGRAM_API_URL: 'http://127.0.0.1:9001/',
        SIAGA_NOTIFY_MAX_ATTEMPTS: '3',
        SIAGA_SECRET_KEY: 'a'.repeat(64),
      },
      CWD,
    );
    expect(config.notifications).toMatchObject({
      smtpUrl: 'smtp://user:pw@mail.internal:587',
      telegramApiUrl: 'http://127.0.0.1:9001',
      maxAttempts: 3,
    });
    expect(config.secretKey).toBe('a'.repeat(64));
    expect(problemsOf({ SIAGA_SECRET_KEY: 'short' })[0]).toMatch(/^SIAGA_SECRET_KEY: must be 32 bytes/);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        SIAGA_DATA_DIR: '/var/lib/siaga',
        DATABASE_URL: 'postgresql://siaga:pw@db:5432/siaga',
        SIAGA_SESSION_TTL_HOURS: '2',
        SIAGA_BODY_LIMIT_BYTES: '4096',
        SIAGA_LOGIN_ATTEMPTS_PER_15_MIN: '3',
        SIAGA_TRUST_PROXY: 'yes',
        SIAGA_ANALYSIS_WORKERS: '3',
        LOG_LEVEL: 'debug',
      },
      CWD,
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/siaga',
      databaseUrl: 'postgresql://siaga:pw@db:5432/siaga',
      publicUrl: 'http://localhost:9000',
      sessionTtlMs: 2 * 3_600_000,
      bodyLimitBytes: 4096,
      loginAttemptsPer15Min: 3,
      trustProxy: true,
      analysisWorkers: 3,
      logLevel: 'debug',
    });
  });

  it('reports every invalid variable together, not just the first', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      SIAGA_BODY_LIMIT_BYTES: '10',
      SIAGA_TRUST_PROXY: 'maybe',
      SIAGA_ANALYSIS_WORKERS: 'many',
    });
    expect(problems).toHaveLength(5);
    expect(problems.some((p) => p.startsWith('SIAGA_ANALYSIS_WORKERS:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SIAGA_BODY_LIMIT_BYTES:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SIAGA_TRUST_PROXY:'))).toBe(true);
  });

  it('names every problem in the error message, one a line', () => {
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' }, CWD);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration:/);
      expect(message).toMatch(/\n {2}- PORT: /);
      expect(message).toMatch(/\n {2}- LOG_LEVEL: /);
    }
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    for (const url of ['mysql://root@localhost/siaga', 'sqlite:siaga.db', 'localhost:5432']) {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems).toEqual(['DATABASE_URL: must start with postgres:// or postgresql://']);
    }
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1/test' }, CWD).databaseUrl).toBe('postgres://postgres@127.0.0.1/test');
  });

  it('parses SIAGA_ROLES as a comma list, trimmed and without repeats', () => {
    expect(loadConfig({ SIAGA_ROLES: ' api , pipeline,api,' }, CWD).roles).toEqual(['api', 'pipeline']);
    expect(loadConfig({ SIAGA_ROLES: 'scheduler' }, CWD).roles).toEqual(['scheduler']);
  });

  it('refuses unknown roles and an empty role list', () => {
    const unknown = problemsOf({ SIAGA_ROLES: 'api,web' });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^SIAGA_ROLES/);
    const empty = problemsOf({ SIAGA_ROLES: ' , ' });
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatch(/^SIAGA_ROLES/);
  });

  it('treats blank values as unset, so an empty line in .env keeps the default', () => {
    const config = loadConfig(
      { PORT: '', DATABASE_URL: '', SIAGA_ROLES: '', LOG_LEVEL: '', SIAGA_PUBLIC_URL: '', SIAGA_DATA_DIR: undefined },
      CWD,
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.roles).toEqual(['api', 'ingest', 'pipeline', 'scheduler']);
    expect(config.logLevel).toBe('info');
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.dataDir).toBe(path.resolve(CWD, 'data'));
  });

  it('uses secure cookies behind an https public URL unless told otherwise, and drops trailing slashes', () => {
    const https = loadConfig({ SIAGA_PUBLIC_URL: 'https://siaga.example.id/' }, CWD);
    expect(https.publicUrl).toBe('https://siaga.example.id');
    expect(https.secureCookies).toBe(true);
    expect(loadConfig({ SIAGA_PUBLIC_URL: 'https://siaga.example.id', SIAGA_SECURE_COOKIES: 'false' }, CWD).secureCookies).toBe(false);
    expect(loadConfig({ SIAGA_SECURE_COOKIES: '1' }, CWD).secureCookies).toBe(true);
    expect(problemsOf({ SIAGA_PUBLIC_URL: 'not a url' })[0]).toMatch(/^SIAGA_PUBLIC_URL/);
  });

  it('resolves a relative data directory against the working directory', () => {
    expect(loadConfig({ SIAGA_DATA_DIR: 'var/siaga' }, CWD).dataDir).toBe(path.join(CWD, 'var/siaga'));
  });
});

import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const SERVER_ROLES = ['api', 'ingest', 'pipeline', 'scheduler'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];

const boolFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  SIAGA_DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SIAGA_ROLES: z
    .string()
    .default(SERVER_ROLES.join(','))
    .transform((v) =>
      v
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(SERVER_ROLES)).min(1)),
  SIAGA_PUBLIC_URL: z.string().url().optional(),
  SIAGA_SECURE_COOKIES: boolFromEnv.optional(),
  SIAGA_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(24 * 14),
  SIAGA_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  SIAGA_LOGIN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  SIAGA_TRUST_PROXY: boolFromEnv.default(false),
  SIAGA_ANALYSIS_WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(0).max(64)], { error: 'a whole number from 0 to 64, or "auto"' })
    .default('auto'),
  SIAGA_SECRET_KEY: z
    .string()
    .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, 'must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)')
    .optional(),
  SIAGA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SIAGA_SMTP_FROM: z.string().min(3).default('Siaga <siaga@localhost>'),
  SIAGA_TELEGRAM_API_URL: z.string().url().default('https://api.telegram.org'),
  SIAGA_WHATSAPP_API_URL: z.string().url().default('https://graph.facebook.com'),
  SIAGA_WHATSAPP_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like v23.0')
    .default('v23.0'),
  SIAGA_SLACK_API_URL: z.string().url().default('https://slack.com/api'),
  SIAGA_NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  SIAGA_NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // The Chromium the plan's PDF export prints with.
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  roles: ServerRole[];
  publicUrl: string;
  secureCookies: boolean;
  sessionTtlMs: number;
  bodyLimitBytes: number;
  loginAttemptsPer15Min: number;
  trustProxy: boolean;
  /** Worker threads that analyse ingested text; 0 analyses on the main thread. */
  analysisWorkers: number;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  /** The key that seals stored credentials; when unset, a key file in the data directory is used. */
  secretKey: string | undefined;
  notifications: NotifierDefaults;
  /** The Chromium (or Chrome) binary that prints the plan as PDF. */
  chromiumPath: string;
}

/** Defaults for notification channels; each channel may override its API address. */
export interface NotifierDefaults {
  smtpUrl: string | undefined;
  smtpFrom: string;
  telegramApiUrl: string;
  whatsappApiUrl: string;
  whatsappApiVersion: string;
  slackApiUrl: string;
  /** Attempts per delivery before it is marked failed. */
  maxAttempts: number;
  /** How long one attempt may take. */
  timeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration once; every problem is reported together. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const c = parsed.data;
  const publicUrl = (c.SIAGA_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(cwd, c.SIAGA_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    roles: [...new Set(c.SIAGA_ROLES)],
    publicUrl,
    secureCookies: c.SIAGA_SECURE_COOKIES ?? publicUrl.startsWith('https://'),
    sessionTtlMs: c.SIAGA_SESSION_TTL_HOURS * 3_600_000,
    bodyLimitBytes: c.SIAGA_BODY_LIMIT_BYTES,
    loginAttemptsPer15Min: c.SIAGA_LOGIN_ATTEMPTS_PER_15_MIN,
    trustProxy: c.SIAGA_TRUST_PROXY,
    // One core stays with the main thread (HTTP, parsing, the store); the others analyse.
    analysisWorkers: c.SIAGA_ANALYSIS_WORKERS === 'auto' ? Math.min(4, os.availableParallelism() - 1) : c.SIAGA_ANALYSIS_WORKERS,
    logLevel: c.LOG_LEVEL,
    secretKey: c.SIAGA_SECRET_KEY,
    notifications: {
      smtpUrl: c.SIAGA_SMTP_URL,
      smtpFrom: c.SIAGA_SMTP_FROM,
      telegramApiUrl: c.SIAGA_TELEGRAM_API_URL.replace(/\/+$/, ''),
      whatsappApiUrl: c.SIAGA_WHATSAPP_API_URL.replace(/\/+$/, ''),
      whatsappApiVersion: c.SIAGA_WHATSAPP_API_VERSION,
      slackApiUrl: c.SIAGA_SLACK_API_URL.replace(/\/+$/, ''),
      maxAttempts: c.SIAGA_NOTIFY_MAX_ATTEMPTS,
      timeoutMs: c.SIAGA_NOTIFY_TIMEOUT_MS,
    },
    chromiumPath: c.CHROMIUM_PATH,
  };
}

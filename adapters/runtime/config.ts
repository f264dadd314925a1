// Environment configuration, read and validated once at start. An empty variable counts as unset.
import { join, resolve } from 'node:path';
import { z } from 'zod';

const emptyAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.string().optional(),
);
const optionalUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.url('must be a URL such as http://127.0.0.1:4000/api/').optional(),
);

export const envSchema = z.object({
  SLACK_BOT_TOKEN: optional.refine(
    (v) => v === undefined || v.startsWith('xoxb-'),
    'must be a bot token starting with xoxb-',
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine(
    (v) => v === undefined || v.startsWith('xapp-'),
    'must be an app-level token starting with xapp-',
  ),
  SLACK_API_URL: optionalUrl,
  /** OAuth distribution (many workspaces): the app's client id and secret, and a secret to sign the state. */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (a long random string)',
  ),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine(
    (v) => v === undefined || /^\d{15,22}$/.test(v),
    'must be the numeric application id',
  ),
  DISCORD_PUBLIC_KEY: optional.refine(
    (v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v),
    'must be the 64-character hex public key',
  ),
  DISCORD_API_URL: optionalUrl,
  DISCORD_GUILD_ID: optional,
  /** Gateway shards in this process: a count, or `auto` for the count Discord recommends. */
  DISCORD_SHARDS: z.preprocess(
    (v) =>
      typeof v === 'string' && v.trim() === ''
        ? undefined
        : typeof v === 'string' && v.trim() !== 'auto'
          ? Number(v)
          : typeof v === 'string'
            ? 'auto'
            : v,
    z
      .union([z.literal('auto'), z.number().int().min(1).max(1000)], {
        error: 'must be a whole number of shards (1 or more) or auto',
      })
      .optional(),
  ),
  PORT: z.preprocess(
    (v) => (v === undefined || v === '' ? 3000 : Number(v)),
    z.number().int('must be a whole number').min(0).max(65535),
  ),
  ROLES_DIR: optional,
  /** The one folder for the bot's local state when there is no Redis (watches, installations). */
  DATA_DIR: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : './.data'), z.string()),
  /** Where Slack installations are kept on disk (default $DATA_DIR/installations). */
  INSTALLATIONS_DIR: optional,
  REDIS_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  /** Per-user and per-channel token buckets: a burst of `BURST`, then so many a minute. */
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_CHANNEL_PER_MINUTE: z.coerce.number().int().positive().default(60),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(10),
  /** After SIGTERM: how long the server keeps answering (with /readyz 503) so a load balancer stops sending. */
  SHUTDOWN_DRAIN_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).default(2000)),
  /** Then: how long in-flight requests and accepted answers may take before closing anyway. */
  SHUTDOWN_GRACE_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).default(10_000)),
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ),
});
export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment and the combinations that must come together. */
export function loadEnv(env: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const problems: string[] = [];
  const oauthParts = {
    SLACK_CLIENT_ID: e.SLACK_CLIENT_ID,
    SLACK_CLIENT_SECRET: e.SLACK_CLIENT_SECRET,
    SLACK_STATE_SECRET: e.SLACK_STATE_SECRET,
  };
  const oauth = Object.values(oauthParts).some(Boolean);
  if (oauth) {
    const missing = Object.entries(oauthParts)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (!e.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET');
    if (missing.length) problems.push(`Slack OAuth install needs ${missing.join(', ')} as well`);
    if (e.SLACK_BOT_TOKEN)
      problems.push(
        'SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: choose one workspace (the token) or OAuth installs',
      );
    if (e.SLACK_APP_TOKEN) problems.push('Slack OAuth install runs in HTTP mode: unset SLACK_APP_TOKEN');
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN)
    problems.push(
      'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is',
    );
  if (!e.SLACK_BOT_TOKEN && !oauth && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN))
    problems.push('SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) as well');
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is missing');
  if (e.DISCORD_PUBLIC_KEY && !e.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_PUBLIC_KEY is set but DISCORD_APPLICATION_ID is missing (follow-ups need it)');
  if (problems.length) throw new ConfigError(problems);
  return e;
}

/** Many workspaces, each installed through Slack's OAuth flow (no bot token in the environment). */
export const slackOAuthConfigured = (e: Env) =>
  Boolean(
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.SLACK_SIGNING_SECRET && !e.SLACK_BOT_TOKEN,
  );
export const slackConfigured = (e: Env) =>
  Boolean(e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) || slackOAuthConfigured(e);
export const dataDir = (e: Env) => resolve(e.DATA_DIR);
export const installationsDir = (e: Env) => resolve(e.INSTALLATIONS_DIR ?? join(dataDir(e), 'installations'));
export const discordGatewayConfigured = (e: Env) => Boolean(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID);
export const discordHttpConfigured = (e: Env) => Boolean(e.DISCORD_PUBLIC_KEY && e.DISCORD_APPLICATION_ID);

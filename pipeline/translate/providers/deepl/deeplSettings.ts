import { DeepLClient } from 'deepl-node';
import { UserError, fileDiagnostic } from '../../../diagnostics/diagnostic.ts';

/** How to reach DeepL. The key is held in memory only: never logged, never written anywhere. */
export interface DeepLSettings {
  authKey: string;
  /** deepl-node's `serverUrl`: a proxy, or a test server; unset picks DeepL Free or Pro from the key. */
  serverUrl?: string;
  /** Attempts per request in total; 429, 5xx and network errors are retried with backoff. */
  maxRetries: number;
  /** Least time to wait for an answer, in milliseconds, before the attempt counts as failed. */
  minTimeout: number;
}

/**
 * Settings from the environment: `DEEPL_AUTH_KEY` (required), `DEEPL_SERVER_URL`, and
 * `KB_DEEPL_MAX_RETRIES` / `KB_DEEPL_TIMEOUT_MS` to tune retries (tests keep them short).
 */
export function deeplSettings(env: NodeJS.ProcessEnv): DeepLSettings {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) {
    throw new UserError([fileDiagnostic('environment', 'deepl/missing-key', 'DEEPL_AUTH_KEY is not set', 'set DEEPL_AUTH_KEY to your DeepL API key, or run with --dry-run to see what it would cost')]);
  }
  return {
    authKey,
    serverUrl: env.DEEPL_SERVER_URL?.trim() || undefined,
    maxRetries: positiveInteger(env, 'KB_DEEPL_MAX_RETRIES', 5),
    minTimeout: positiveInteger(env, 'KB_DEEPL_TIMEOUT_MS', 10_000),
  };
}

/** The official client with these settings. */
export function createClient(settings: DeepLSettings): DeepLClient {
  const { authKey, serverUrl, maxRetries, minTimeout } = settings;
  return new DeepLClient(authKey, { serverUrl, maxRetries, minTimeout, appInfo: { appName: 'polyglot-kb', appVersion: '0.1.0' } });
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^[1-9]\d*$/.test(text)) throw new UserError([fileDiagnostic('environment', 'deepl/invalid-setting', `${name} must be a positive whole number, got "${text}"`)]);
  return Number(text);
}

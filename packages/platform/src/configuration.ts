import { webcrypto } from 'node:crypto';
import { z } from 'zod';

export const nodeEnvironmentSchema = z
  .enum(['development', 'production', 'test'])
  .default('development');
export const logLevelSchema = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');
export const portSchema = z.coerce.number().int().min(0).max(65535);
/** A switch: true or false (1 or 0); unset means the caller's default. */
export const flagSchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();
export const secretSchema = z.string().min(32, 'must be at least 32 characters');

/** Parses a service's environment once. Outside production, missing secrets take the
 * given development values, so `pnpm start` works with nothing configured; in production
 * every secret must be set explicitly. An empty variable counts as unset, as compose files
 * and manifests often pass them. */
export function parseEnvironment<Shape extends z.ZodRawShape>(
  shape: Shape,
  environment: Record<string, string | undefined>,
  developmentSecrets: Record<string, string> = {},
): z.infer<z.ZodObject<Shape>> {
  const given = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const input = given.NODE_ENV === 'production' ? given : { ...developmentSecrets, ...given };
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Secrets shared by every process in development only; production must set its own. */
export const DEVELOPMENT_SECRETS = {
  CALLER_SIGNING_SECRET: 'development-only-caller-signing-secret-0000',
  JWT_SECRET: 'development-only-jwt-secret-000000000000000',
};

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

const imported = new WeakMap<Uint8Array, Promise<webcrypto.CryptoKey>>();

/** The HS256 key of a secret, imported into WebCrypto once: given the raw bytes, jose
 * imports them again for every signature and every verification, on every request. */
export function hmacKey(secret: Uint8Array): Promise<webcrypto.CryptoKey> {
  let key = imported.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    imported.set(secret, key);
  }
  return key;
}

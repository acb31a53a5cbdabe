/**
 * API keys: parsed from DESTSEG_API_KEYS (role:key,...) or created by an admin, stored only as SHA-256
 * hashes, and looked up from a Bearer header or a graphql-ws connectionParams.authorization.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  API_ROLES,
  type ApiKeyRow,
  type ApiRole,
  and,
  apiKeys,
  asc,
  type Database,
  eq,
  inArray,
  isNull,
  or,
} from '@destseg/db';
import { ApiError } from '../services/api-error.ts';

export interface Principal {
  role: ApiRole;
  /** False in localhost-only mode, where no key exists and every caller is admin. */
  authenticated: boolean;
  /** Who set a threshold: the key's label, or its hash prefix. */
  name: string;
  /** The key's row; absent in localhost-only mode. */
  keyId?: number;
}

export const LOCAL_ADMIN: Principal = { role: 'admin', authenticated: false, name: 'localhost' };

export function parseApiKeys(spec: string): Array<{ role: ApiRole; key: string }> {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      const role = part.slice(0, colon);
      const key = part.slice(colon + 1);
      if (colon < 0 || !(API_ROLES as readonly string[]).includes(role) || key.length < 8) {
        throw new Error(
          `DESTSEG_API_KEYS: expected role:key with role viewer, operator or admin and a key of 8+ characters`,
        );
      }
      return { role: role as ApiRole, key };
    });
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new random key with the given role; the caller shows it once, the database keeps only its hash. */
export async function createApiKey(
  db: Database,
  role: ApiRole,
  label: string | null,
): Promise<{ key: string; row: ApiKeyRow }> {
  const key = `dsk_${randomBytes(24).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ keyHash: hashKey(key), role, label, source: 'created' })
    .returning();
  if (!row) throw new Error('api key insert returned nothing');
  return { key, row };
}

export async function apiKeyById(db: Database, id: number): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

/** The label keys from DESTSEG_API_KEYS were stored with before they had a `source`: still env-managed. */
const ENV_LABEL = 'DESTSEG_API_KEYS';

export interface KeySync {
  /** Whether any active key exists, i.e. whether every request needs one. */
  authEnabled: boolean;
  /** Active keys declared by DESTSEG_API_KEYS, and created through createApiKey. */
  envKeys: number;
  createdKeys: number;
  /** Env keys revoked by this start because DESTSEG_API_KEYS no longer declares them. */
  revokedFromEnv: number;
}

/**
 * Makes DESTSEG_API_KEYS authoritative for the keys it manages: every declared key is active with its
 * declared role (even one revoked before), and every env key it no longer declares is revoked. Keys made by
 * createApiKey are left alone.
 */
export async function syncConfiguredKeys(
  db: Database,
  keys: ReadonlyArray<{ role: ApiRole; key: string }>,
): Promise<KeySync> {
  const declared = new Set(keys.map(({ key }) => hashKey(key)));
  return db.transaction(async (tx) => {
    for (const { role, key } of keys) {
      await tx
        .insert(apiKeys)
        .values({ keyHash: hashKey(key), role, label: ENV_LABEL, source: 'env' })
        .onConflictDoUpdate({ target: apiKeys.keyHash, set: { role, source: 'env', revokedAt: null } });
    }
    const envManaged = or(eq(apiKeys.source, 'env'), eq(apiKeys.label, ENV_LABEL));
    const stale = (
      await tx
        .select()
        .from(apiKeys)
        .where(and(envManaged, isNull(apiKeys.revokedAt)))
    ).filter((row) => !declared.has(row.keyHash));
    if (stale.length > 0) {
      await tx
        .update(apiKeys)
        .set({ revokedAt: new Date(), source: 'env' })
        .where(
          inArray(
            apiKeys.id,
            stale.map((row) => row.id),
          ),
        );
    }
    const active = await tx.select().from(apiKeys).where(isNull(apiKeys.revokedAt));
    const envKeys = active.filter((row) => row.source === 'env').length;
    return {
      authEnabled: active.length > 0,
      envKeys,
      createdKeys: active.length - envKeys,
      revokedFromEnv: stale.length,
    };
  });
}

/** Every key, oldest first (hashes stay on the server). */
export function listApiKeys(db: Database): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(asc(apiKeys.id));
}

/**
 * Revokes a key created by createApiKey at once (its next request is refused). A key declared in
 * DESTSEG_API_KEYS is revoked by removing it there and restarting: revoking it here would not survive the
 * next start, so it is refused with API_KEY_FROM_ENV. Revoking a revoked key returns it unchanged.
 */
export async function revokeApiKey(db: Database, id: number): Promise<ApiKeyRow> {
  const row = await apiKeyById(db, id);
  if (!row) throw new ApiError('API_KEY_NOT_FOUND', `no API key with id ${id}`, ['input', 'id']);
  if (row.revokedAt) return row;
  if (row.source === 'env' || row.label === ENV_LABEL) {
    throw new ApiError(
      'API_KEY_FROM_ENV',
      'this key is declared in DESTSEG_API_KEYS: remove it there and restart the server to revoke it',
      ['input', 'id'],
    );
  }
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(eq(apiKeys.id, id))
    .returning();
  return revoked ?? row;
}

/** "Bearer <key>" (or the bare key) → the key's principal; null when absent or unknown. */
export async function principalFor(db: Database, authorization: unknown): Promise<Principal | null> {
  if (typeof authorization !== 'string') return null;
  const key = authorization.replace(/^Bearer\s+/i, '').trim();
  if (key === '') return null;
  const hash = hashKey(key);
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row
    ? {
        role: row.role,
        authenticated: true,
        name: row.label ? `${row.label}#${row.id}` : hash.slice(0, 12),
        keyId: row.id,
      }
    : null;
}

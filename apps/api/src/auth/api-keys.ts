/**
 * API keys: parsed from DESTSEG_API_KEYS (role:key,...) or created by an admin, stored only as SHA-256
 * hashes, and looked up from a Bearer header or a graphql-ws connectionParams.authorization.
 */
import { createHash, randomBytes } from 'node:crypto';
import { API_ROLES, type ApiRole, apiKeys, type Database, eq } from '@destseg/db';

export interface Principal {
  role: ApiRole;
  /** False in localhost-only mode, where no key exists and every caller is admin. */
  authenticated: boolean;
  /** Who set a threshold: the key's label, or its hash prefix. */
  name: string;
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
export async function createApiKey(db: Database, role: ApiRole, label: string | null): Promise<string> {
  const key = `dsk_${randomBytes(24).toString('base64url')}`;
  await db.insert(apiKeys).values({ keyHash: hashKey(key), role, label });
  return key;
}

/** Stores the configured keys (idempotently) and says whether any key exists, i.e. whether auth is on. */
export async function syncConfiguredKeys(
  db: Database,
  keys: ReadonlyArray<{ role: ApiRole; key: string }>,
): Promise<boolean> {
  for (const { role, key } of keys) {
    await db
      .insert(apiKeys)
      .values({ keyHash: hashKey(key), role, label: 'DESTSEG_API_KEYS' })
      .onConflictDoUpdate({ target: apiKeys.keyHash, set: { role } });
  }
  return (await db.select({ id: apiKeys.id }).from(apiKeys).limit(1)).length > 0;
}

/** "Bearer <key>" (or the bare key) → the key's principal; null when absent or unknown. */
export async function principalFor(db: Database, authorization: unknown): Promise<Principal | null> {
  if (typeof authorization !== 'string') return null;
  const key = authorization.replace(/^Bearer\s+/i, '').trim();
  if (key === '') return null;
  const hash = hashKey(key);
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, hash)).limit(1);
  return row
    ? { role: row.role, authenticated: true, name: row.label ? `${row.label}#${row.id}` : hash.slice(0, 12) }
    : null;
}

/** Public API of @destseg/db: the drizzle schema and the database opener (test helpers: `@destseg/db/testing`). */

// Query operators from the same drizzle-orm copy as the tables, so their types match.
export {
  type AnyColumn,
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  max,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
export { type Database, type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from './client.ts';
export { isConnectionLost } from './connection-errors.ts';
export { DirectoryInUseError, type DirectoryLock, lockDirectory } from './directory-lock.ts';
export type * from './rows.ts';
export * from './schema.ts';

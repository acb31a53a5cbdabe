/** Public API of @destseg/db: the drizzle schema, the database opener and a temp-database helper for tests. */
export { type Database, type DatabaseHandle, openDatabase, type OpenDatabaseOptions } from './client.ts';
export * from './schema.ts';
export { createTempPostgres, type TempPostgres } from './temp-postgres.ts';

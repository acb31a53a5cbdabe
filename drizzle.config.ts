// drizzle-kit configuration: the platform schema lives in packages/db; run `pnpm --filter @destseg/db generate`.
// A plain object (not defineConfig) so this root file needs no drizzle-kit install at the workspace root.
export default {
  dialect: 'postgresql',
  // Column names are the schema's keys in snake_case (as in the client, packages/db/src/client.ts).
  casing: 'snake_case',
  schema: './packages/db/src/schema.ts',
  out: './packages/db/migrations',
};

// Every dependency has one version range across the workspace: the same package at the same range in every
// package.json (dependencies, devDependencies, optionalDependencies, peerDependencies). Run by `pnpm lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** The root package.json and those of the workspace folders (pnpm-workspace.yaml: packages/*, apps/*). */
function manifests() {
  const paths = [join(root, 'package.json')];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) paths.push(join(root, group, name, 'package.json'));
  }
  return paths.map((path) => ({ path: relative(root, path), json: JSON.parse(readFileSync(path, 'utf8')) }));
}

/** package name → range → the package.json files that ask for it. */
const ranges = new Map();
for (const { path, json } of manifests()) {
  for (const field of FIELDS) {
    for (const [name, range] of Object.entries(json[field] ?? {})) {
      if (range.startsWith('workspace:')) continue;
      if (!ranges.has(name)) ranges.set(name, new Map());
      const users = ranges.get(name);
      users.set(range, [...(users.get(range) ?? []), `${path} (${field})`]);
    }
  }
}

const mismatches = [...ranges].filter(([, users]) => users.size > 1);
for (const [name, users] of mismatches) {
  console.error(`${name}:`);
  for (const [range, where] of users) console.error(`  ${range}  ${where.join(', ')}`);
}
if (mismatches.length > 0) {
  console.error(`${mismatches.length} dependencies with more than one version range`);
  process.exit(1);
}
console.log(`dependency versions agree (${ranges.size} packages)`);

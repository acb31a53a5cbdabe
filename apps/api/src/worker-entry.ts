/**
 * Where the API's workers start. From the TypeScript sources (development, tests; under tsx) a worker is
 * the `.ts` file beside its spawner: a child process gets `--import tsx`, a worker thread starts from the
 * `<name>-entry.mjs` beside it that registers tsx first. From the build (scripts/build.mjs) every worker
 * is a bundle of its own, `<name>.js`, beside the bundle that spawns it, and runs on plain Node.
 */
import { fileURLToPath } from 'node:url';

/** This module sits in a bundle (apps/api/dist/*.js) rather than in its TypeScript source. */
const BUILT = import.meta.url.endsWith('.js');

/** A forked worker `name` (e.g. 'training-worker') of the module at `spawnerUrl`: its file and Node flags. */
export function processEntry(spawnerUrl: string, name: string): { path: string; execArgv: string[] } {
  return BUILT
    ? { path: fileURLToPath(new URL(`./${name}.js`, import.meta.url)), execArgv: [] }
    : { path: fileURLToPath(new URL(`./${name}.ts`, spawnerUrl)), execArgv: ['--import', 'tsx'] };
}

/** A worker thread `name` (e.g. 'pixel-worker') of the module at `spawnerUrl`. */
export function threadEntry(spawnerUrl: string, name: string): URL {
  return BUILT ? new URL(`./${name}.js`, import.meta.url) : new URL(`./${name}-entry.mjs`, spawnerUrl);
}

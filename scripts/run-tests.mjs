// Runs every *.test.ts in the workspace with Node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs, so the files are listed here.
//
// The whole suite runs in two lanes side by side, each one file at a time, because one test process
// mostly keeps one of two cores busy (a single-threaded wasm engine, or waiting on a server, a training
// worker or Chromium): the API lane (apps/api, about two thirds of the time) and the other lane (the
// dashboard with its browser tests, and the engine packages), whose lines are prefixed with [rest]. A
// filter (file name parts as arguments) or DESTSEG_TEST_LANES=1 runs the chosen files in one lane.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const skip = new Set(['node_modules', '.next', 'dist', '.git', '.device', '.gl', '.ci-tmp']);
// Run outputs live in these root folders only (src/data is code).
const skipAtRoot = new Set(['data', 'runs', 'artifacts']);

function find(dir, out) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name) || (dir === root && skipAtRoot.has(name))) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const filter = process.argv.slice(2);
const files = find(root, [])
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const laneOf = (file) => (file.startsWith('apps/api/') ? 'api' : 'rest');

/** Runs one lane's files; resolves to its exit status. `prefix` marks its lines when lanes interleave. */
function runLane(laneFiles, prefix) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...laneFiles],
      {
        cwd: root,
        stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        env: { ...process.env, NODE_ENV: 'test' },
      },
    );
    if (prefix) {
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`));
      }
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const laned = filter.length === 0 && process.env.DESTSEG_TEST_LANES !== '1';
const lanes = laned
  ? [
      { name: 'api', files: files.filter((f) => laneOf(f) === 'api'), prefix: '' },
      {
        name: 'rest',
        files: files.filter((f) => laneOf(f) === 'rest'),
        prefix: '[rest] ',
      },
    ].filter((lane) => lane.files.length > 0)
  : [{ name: 'all', files, prefix: '' }];
const statuses = await Promise.all(lanes.map((lane) => runLane(lane.files, lane.prefix)));
if (lanes.length > 1) {
  console.log(
    `lanes: ${lanes.map((lane, i) => `${lane.name} (${lane.files.length} files) ${statuses[i] === 0 ? 'passed' : 'FAILED'}`).join(', ')}`,
  );
}
process.exit(statuses.some((status) => status !== 0) ? 1 : 0);

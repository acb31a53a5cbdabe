/**
 * onnxruntime's telemetry trace file (`mat-debug-<pid>.log`, src/onnx/ort-trace-file.ts) is not left in the
 * temp folder by a process that makes a session; one left by a process killed while loading a model goes
 * when the next session is made, by any process.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from '../support/tiny-run.ts';

const CHILD = fileURLToPath(new URL('../support/ort-trace-child.ts', import.meta.url));

/** Runs a process that makes a session with `dir` as its temp folder; resolves to its pid once it has ended. */
async function makeSessionIn(dir: string): Promise<number> {
  const child = promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, TMPDIR: dir },
  });
  const pid = child.child.pid;
  await child;
  assert.ok(pid);
  return pid;
}

const traceFiles = async (dir: string) =>
  (await readdir(dir)).filter((n) => n.startsWith('mat-debug-')).sort();

test('a process that makes a session leaves no trace file, even for a model the runtime cannot load', async () => {
  const dir = await tempDir('ort-trace');
  await makeSessionIn(dir);
  assert.deepEqual(await traceFiles(dir), []);
});

test('a session made removes the empty trace files of processes that no longer run, and only those', async () => {
  const dir = await tempDir('ort-trace');
  // Files as a process killed while loading its model leaves them: empty, named for a pid that has ended.
  const ended = await makeSessionIn(dir);
  const alsoEnded = await makeSessionIn(dir);
  const killed = `mat-debug-${ended}.log`;
  const running = `mat-debug-${process.pid}.log`;
  const withContent = `mat-debug-${alsoEnded}.log`;
  const otherName = 'mat-debug-notes.log';
  for (const name of [killed, running, otherName]) await writeFile(join(dir, name), '');
  await writeFile(join(dir, withContent), 'trace\n');
  await makeSessionIn(dir);
  assert.deepEqual(await traceFiles(dir), [otherName, running, withContent].sort());
});

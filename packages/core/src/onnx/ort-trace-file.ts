/**
 * onnxruntime-node 1.30's telemetry SDK makes an empty `mat-debug-<pid>.log` in the temp folder of every
 * process that creates a session, and offers no switch for it. The platform must leave nothing in the temp
 * folder, so once a session is made (or has failed) the process removes its own file (it stays open,
 * unlinked). The file is made inside the synchronous native call that loads the first model (deferred by
 * setImmediate, on the JS thread), and the removal follows in the same turn of the event loop: only a
 * process killed during that call leaves it. So each removal also takes the files of processes that no
 * longer run. Only empty files of that exact name are removed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TRACE_FILE_NAME = /^mat-debug-(\d+)\.log$/;

function traceFileOf(pid: number): string {
  return join(tmpdir(), `mat-debug-${pid}.log`);
}

function removeIfEmpty(path: string): void {
  try {
    if (statSync(path).size === 0) rmSync(path, { force: true });
  } catch {
    // Not there: nothing to remove.
  }
}

/** Same test as the database's directory lock (packages/db/src/directory-lock.ts); core does not depend on db. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This process's trace file and those left by processes that no longer run. */
export function removeOrtTraceFiles(): void {
  removeIfEmpty(traceFileOf(process.pid));
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TRACE_FILE_NAME.exec(name)?.[1] ?? 0);
    if (pid > 0 && pid !== process.pid && !isAlive(pid)) removeIfEmpty(traceFileOf(pid));
  }
}

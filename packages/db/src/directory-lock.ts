/**
 * An exclusive lock on a PGlite data directory: `<dir>.lock` holds the owner's pid and host. PGlite itself
 * does not stop a second process from opening the same files (which corrupts them), so a second server
 * refuses to start while the owner lives; a lock left by a dead process (crash, kill -9) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';

export class DirectoryInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(
    readonly dir: string,
    readonly ownerPid: number,
  ) {
    super(`${dir} is in use by process ${ownerPid} (lock file ${dir}.lock); stop that server first`);
    this.name = 'DirectoryInUseError';
  }
}

export interface DirectoryLock {
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host }
      : null;
  } catch {
    return null; // missing, or half-written by an owner that died while creating it
  }
}

export async function lockDirectory(dir: string): Promise<DirectoryLock> {
  const path = `${dir}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx');
      try {
        await file.writeFile(JSON.stringify(me));
      } finally {
        await file.close();
      }
      return {
        release: async () => {
          const owner = await readOwner(path);
          if (owner?.pid === me.pid && owner.host === me.host) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    // A lock from another host (a shared folder) cannot be checked: it counts as held.
    if (owner && (owner.host !== me.host || (owner.pid !== me.pid && isAlive(owner.pid)))) {
      throw new DirectoryInUseError(dir, owner.pid);
    }
    if (owner?.pid === me.pid) throw new DirectoryInUseError(dir, owner.pid);
    await rm(path, { force: true }); // stale: its owner is gone
  }
  throw new Error(`could not lock ${dir}: the lock file ${path} keeps reappearing`);
}

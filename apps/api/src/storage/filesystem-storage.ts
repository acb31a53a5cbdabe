/**
 * PlatformStorage on a filesystem: `<root>/runs/run-<id>` and `<root>/heatmaps/<name>`. With several
 * machines, `root` is a mount they all share at the same path (docs/DEPLOYMENT.md). A file is written under
 * `<name>.tmp` and renamed into place, so a final name never holds a partial file.
 */
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileArea, PlatformStorage, StoredFile } from './platform-storage.ts';

const TEMP_SUFFIX = '.tmp';

export class FilesystemFileArea implements FileArea {
  constructor(readonly dir: string) {}

  async writeAll(
    files: ReadonlyArray<{ name: string; bytes: Uint8Array | Promise<Uint8Array> }>,
  ): Promise<void> {
    // Bytes still being computed are handled from here on: one that fails while the directory is made is
    // this write's failure, not an unhandled rejection (which stops the API).
    const pending = files.map((file) => ({ name: file.name, bytes: Promise.resolve(file.bytes) }));
    for (const file of pending) file.bytes.catch(() => {});
    try {
      await mkdir(this.dir, { recursive: true });
      // All written before any is renamed: a failure leaves no final name (the writes, then the renames,
      // each run side by side in libuv's pool; each write starts once its bytes are there).
      // Every write settles before a failure is cleaned up, so none lands after the cleanup.
      const writes = await Promise.allSettled(
        pending.map(async (file) => writeFile(this.path(file.name) + TEMP_SUFFIX, await file.bytes)),
      );
      const failed = writes.find((w) => w.status === 'rejected');
      if (failed) throw failed.reason;
      await Promise.all(
        files.map((file) => rename(this.path(file.name) + TEMP_SUFFIX, this.path(file.name))),
      );
    } catch (error) {
      await this.remove(files.map((f) => f.name)).catch(() => {});
      throw error;
    }
  }

  async read(name: string): Promise<Readable | undefined> {
    const path = this.path(name);
    const found = await stat(path).catch(() => undefined);
    return found?.isFile() ? createReadStream(path) : undefined;
  }

  async remove(names: readonly string[]): Promise<void> {
    await Promise.all(
      names.flatMap((name) => [
        rm(this.path(name), { force: true }),
        rm(this.path(name) + TEMP_SUFFIX, { force: true }),
      ]),
    );
  }

  async list(): Promise<StoredFile[]> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files: StoredFile[] = [];
    for (const entry of entries) {
      const stats = await stat(join(this.dir, entry)).catch(() => undefined);
      if (!stats?.isFile()) continue;
      const temporary = entry.endsWith(TEMP_SUFFIX);
      files.push({
        name: temporary ? entry.slice(0, -TEMP_SUFFIX.length) : entry,
        temporary,
        modifiedAt: stats.mtime,
      });
    }
    return files;
  }

  private path(name: string): string {
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      throw new Error(`not a plain file name: ${name}`);
    }
    return join(this.dir, name);
  }
}

export class FilesystemStorage implements PlatformStorage {
  readonly inspectionFiles: FilesystemFileArea;

  constructor(readonly location: string) {
    this.inspectionFiles = new FilesystemFileArea(join(location, 'heatmaps'));
  }

  runDir(runId: number): string {
    return join(this.location, 'runs', `run-${runId}`);
  }

  async verify(): Promise<void> {
    try {
      await access(this.location, constants.W_OK);
    } catch (error) {
      throw new Error(
        `storage ${this.location} is missing or not writable (${(error as NodeJS.ErrnoException).code})`,
      );
    }
  }
}

/**
 * The folders of uploaded datasets under the data directory: each upload is extracted into its own folder
 * under `datasets/.incoming/` and moved to `datasets/uploaded/<category>` by one rename once it has passed
 * every check, so a category's folder is either complete or absent. Staging folders are on the same
 * filesystem as their destination (the rename is atomic) and are swept at start, when no upload can be
 * in flight.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../api-error.ts';

export class DatasetUploadStore {
  private readonly incomingDir: string;
  private readonly uploadedDir: string;

  constructor(dataDir: string) {
    this.incomingDir = join(dataDir, 'datasets', '.incoming');
    this.uploadedDir = join(dataDir, 'datasets', 'uploaded');
  }

  /** A new, empty staging folder. */
  async stage(): Promise<string> {
    await mkdir(this.incomingDir, { recursive: true });
    return mkdtemp(join(this.incomingDir, 'upload-'));
  }

  /** Where the dataset of the category named `name` lives once committed. */
  finalPath(name: string): string {
    return join(this.uploadedDir, name);
  }

  /**
   * Moves a staged folder to its category's place. A folder already there belongs to no category (the name
   * was checked free): it is left alone and the upload refused, rather than anything being overwritten.
   */
  async commit(staged: string, name: string): Promise<string> {
    const target = this.finalPath(name);
    await mkdir(this.uploadedDir, { recursive: true });
    const taken = () =>
      new ApiError(
        'DATASET_FOLDER_EXISTS',
        `${target} already exists on the server and belongs to no category: move it away, or choose another name`,
        ['input', 'name'],
      );
    if (existsSync(target)) throw taken();
    try {
      await rename(staged, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw taken();
      throw error;
    }
    return target;
  }

  /** Removes a staged or committed folder of an upload that did not become a category. */
  discard(path: string): Promise<void> {
    return rm(path, { recursive: true, force: true });
  }

  /** Removes staging folders left by a stop or crash mid-upload; returns how many there were. */
  async sweepIncoming(): Promise<number> {
    if (!existsSync(this.incomingDir)) return 0;
    const left = await readdir(this.incomingDir);
    await rm(this.incomingDir, { recursive: true, force: true });
    return left.length;
  }
}

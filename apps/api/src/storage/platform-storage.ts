/**
 * Where the platform keeps its files, behind one interface that the API and `destseg worker` share: run
 * directories (checkpoints and the final model files, written by the training engine itself, so they are
 * folders every worker machine sees) and inspection files (a flat set of named files). FilesystemStorage
 * (filesystem-storage.ts) implements it on a local disk or a mount all machines share.
 */
import type { Readable } from 'node:stream';

/** A stored file as listed: its final name, whether it is still a temporary (unfinished) write, its age. */
export interface StoredFile {
  name: string;
  temporary: boolean;
  modifiedAt: Date;
}

/** A flat set of named files. Names are plain file names (no separators). */
export interface FileArea {
  /**
   * Writes every file or none: each under a temporary name as soon as its bytes are there (a promise: bytes
   * still being computed), all renamed into place once all are written. A rejected promise fails the write.
   */
  writeAll(files: ReadonlyArray<{ name: string; bytes: Uint8Array | Promise<Uint8Array> }>): Promise<void>;
  /** The file's bytes as a stream; undefined when there is no such file. */
  read(name: string): Promise<Readable | undefined>;
  /** Removes the files and any temporary write of them; missing ones are fine. */
  remove(names: readonly string[]): Promise<void>;
  /** Every file, temporary writes included; empty when the area was never written. */
  list(): Promise<StoredFile[]>;
}

export interface PlatformStorage {
  /** Where the files are, for logs. */
  readonly location: string;
  /** The folder of a training run (checkpoints, the final model); training writes it directly. */
  runDir(runId: number): string;
  /** Inspected images, heatmaps and overlays. */
  readonly inspectionFiles: FileArea;
  /** Fails unless the storage exists and is writable (a worker whose shared mount is missing). */
  verify(): Promise<void>;
}

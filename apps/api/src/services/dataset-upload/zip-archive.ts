/**
 * Reads a zip archive held in memory with yauzl: the central directory first (entry names checked, sizes as
 * declared), then one entry at a time as a stream inflated by zlib on libuv's thread pool, never the whole
 * archive at once. Anything yauzl cannot read is ZIP_UNREADABLE; an unsafe name is ZIP_UNSAFE_PATH.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ApiError } from '../api-error.ts';

export const ZIP_FIELD = ['input', 'zipBase64'] as const;

export interface ZipEntry {
  /** The entry's path inside the archive, '/'-separated; folders end with '/'. */
  name: string;
  /** As the central directory declares it; the stream is checked against it while it is read. */
  uncompressedSize: number;
  isDirectory: boolean;
  raw: yauzl.Entry;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** The entry's content, inflated; the stream errors when it yields more or less than declared. */
  open(entry: ZipEntry): Promise<Readable>;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** "Version made by" host systems whose external attributes carry Unix mode bits (Unix, macOS). */
const UNIX_HOSTS = new Set([3, 19]);

export function unreadable(reason: string): ApiError {
  return new ApiError('ZIP_UNREADABLE', `the archive is not a readable zip file: ${reason}`, ZIP_FIELD);
}

function unsafe(message: string): ApiError {
  return new ApiError('ZIP_UNSAFE_PATH', message, ZIP_FIELD);
}

/** The entry's name, decoded as its flags say, or ZIP_UNSAFE_PATH when it could land outside the folder. */
function entryName(entry: yauzl.Entry): string {
  const name = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    // Strict: a backslash stays a backslash, and validateFileName refuses it.
    true,
  );
  const problem = yauzl.validateFileName(name);
  if (problem !== null) {
    throw unsafe(
      `the entry '${name}' is refused: ${problem} (entries must be relative paths inside the zip)`,
    );
  }
  if (name.includes('\0') || name.split('/').includes('.')) {
    throw unsafe(`the entry '${name}' is refused: its path has a '.' segment or a NUL character`);
  }
  const isUnixHost = UNIX_HOSTS.has(entry.versionMadeBy >> 8);
  if (isUnixHost && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw unsafe(`the entry '${name}' is a symbolic link; only plain files are accepted`);
  }
  return name;
}

/** Opens the archive and lists its entries, refusing more than `maxEntries` before reading any of them. */
export async function openZipArchive(bytes: Buffer, maxEntries: number): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw unreadable((error as Error).message);
  }
  if (zip.entryCount > maxEntries) {
    throw new ApiError(
      'ZIP_TOO_MANY_ENTRIES',
      `the archive has ${zip.entryCount} entries; the limit is ${maxEntries}`,
      ZIP_FIELD,
    );
  }
  const entries: ZipEntry[] = [];
  try {
    for await (const raw of zip.eachEntry()) {
      const name = entryName(raw);
      if (raw.isEncrypted()) throw unreadable(`the entry '${name}' is encrypted`);
      entries.push({ name, uncompressedSize: raw.uncompressedSize, isDirectory: name.endsWith('/'), raw });
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw unreadable((error as Error).message);
  }
  return {
    entries,
    async open(entry) {
      try {
        return await zip.openReadStreamPromise(entry.raw);
      } catch (error) {
        throw unreadable(`${entry.name}: ${(error as Error).message}`);
      }
    },
  };
}

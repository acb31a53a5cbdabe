/**
 * Extracts an uploaded dataset zip into an empty folder, refusing it at the first problem, cheapest checks
 * first: entry count, declared total size, names and layout (before any byte is inflated), then each file
 * as it streams out: its real size against the declared one and the limits, its type from its first bytes,
 * and a full decode (in libvips' threads, off the event loop), so a corrupt image is named.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { isDestsegError, verifyImageDecodes } from '@destseg/core';
import { ApiError } from '../api-error.ts';
import { sniffImageType } from '../image-input.ts';
import { planDatasetZip } from './dataset-zip-layout.ts';
import { openZipArchive, unreadable, ZIP_FIELD, type ZipEntry } from './zip-archive.ts';

export interface DatasetZipLimits {
  maxDatasetEntries: number;
  maxDatasetUncompressedBytes: number;
  /** Largest single image or mask, extracted. */
  maxImageBytes: number;
  maxImagePixels: number;
}

export interface ExtractedDataset {
  /** Archive files left out of the dataset (docs/API.md), by entry name. */
  ignored: string[];
}

const TYPES_BY_KIND = { image: ['png', 'jpeg'], mask: ['png'] } as const;

function imageError(code: 'ZIP_IMAGE_UNREADABLE' | 'ZIP_IMAGE_TOO_LARGE', message: string): ApiError {
  return new ApiError(code, message, ZIP_FIELD);
}

/** The entry's bytes, read as they inflate; never more than it declared (nor than `maxBytes`). */
async function readEntry(stream: Readable, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        stream.destroy();
        throw unreadable(
          `${entry.name} inflates to more than the ${entry.uncompressedSize} bytes it declares`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw unreadable(`${entry.name}: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks, total);
}

async function checkImage(bytes: Buffer, entry: ZipEntry, kind: 'image' | 'mask', limits: DatasetZipLimits) {
  const type = sniffImageType(bytes);
  const accepted: readonly string[] = TYPES_BY_KIND[kind];
  if (type === null || !accepted.includes(type)) {
    const expected = kind === 'mask' ? 'a PNG mask' : 'a PNG or JPEG image';
    throw imageError(
      'ZIP_IMAGE_UNREADABLE',
      `${entry.name}: not ${expected}${type ? ` (it is ${type})` : ''}`,
    );
  }
  try {
    await verifyImageDecodes(bytes, {
      maxBytes: limits.maxImageBytes,
      maxPixels: limits.maxImagePixels,
      name: entry.name,
    });
  } catch (error) {
    if (!isDestsegError(error)) throw error;
    throw imageError(
      error.code === 'IMAGE_TOO_LARGE' ? 'ZIP_IMAGE_TOO_LARGE' : 'ZIP_IMAGE_UNREADABLE',
      error.message,
    );
  }
}

export async function extractDatasetZip(
  zipBytes: Buffer,
  dir: string,
  limits: DatasetZipLimits,
): Promise<ExtractedDataset> {
  const archive = await openZipArchive(zipBytes, limits.maxDatasetEntries);
  const declared = archive.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxDatasetUncompressedBytes) {
    throw new ApiError(
      'ZIP_UNCOMPRESSED_TOO_LARGE',
      `the archive extracts to ${declared} bytes; the limit is ${limits.maxDatasetUncompressedBytes}`,
      ZIP_FIELD,
    );
  }
  const byName = new Map(archive.entries.filter((e) => !e.isDirectory).map((e) => [e.name, e]));
  const plan = planDatasetZip([...byName.keys()]);
  const root = resolve(dir);
  for (const file of plan.files) {
    const entry = byName.get(file.entryName) as ZipEntry;
    if (entry.uncompressedSize > limits.maxImageBytes) {
      throw imageError(
        'ZIP_IMAGE_TOO_LARGE',
        `${entry.name}: ${entry.uncompressedSize} bytes, the limit is ${limits.maxImageBytes}`,
      );
    }
    const target = resolve(root, file.target);
    // The layout check already keeps every target inside; this is the last line of defence.
    if (!target.startsWith(root + sep)) throw new Error(`zip target ${file.target} escapes ${root}`);
    const bytes = await readEntry(await archive.open(entry), entry);
    await checkImage(bytes, entry, file.kind, limits);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes, { flag: 'wx' });
  }
  return { ignored: plan.ignored };
}

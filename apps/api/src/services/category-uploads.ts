/**
 * Creating a category from an uploaded zip, all or nothing: the zip is extracted into a staging folder inside
 * the data directory and checked there (dataset-upload/), then moved to its place by one rename, then the
 * category row is written; a failure at any step removes what that upload wrote and nothing else.
 */

import { DestsegError } from '@destseg/core';
import type { CategoryRow } from '@destseg/db';
import { ApiError } from './api-error.ts';
import { base64Payload, isBase64 } from './base64-image.ts';
import type { CategoryService, CreateCategoryArgs } from './categories.ts';
import { buildManifest } from './dataset-manifest.ts';
import type { DatasetUploadStore } from './dataset-upload/dataset-upload-store.ts';
import { type DatasetZipLimits, extractDatasetZip } from './dataset-upload/dataset-zip-extract.ts';
import { ZIP_FIELD } from './dataset-upload/zip-archive.ts';

export interface UploadLimits extends DatasetZipLimits {
  maxDatasetZipBytes: number;
}

export type CreateCategoryFromZipArgs = Omit<CreateCategoryArgs, 'datasetPath'> & { zipBase64: string };

export interface CreatedFromZip {
  category: CategoryRow;
  ignoredFiles: string[];
}

/** The zip's bytes, refused before decoding when the base64 text is already too long or malformed. */
function decodeZip(base64: string, maxBytes: number): Buffer {
  const text = base64Payload(base64);
  if (text === '') throw new ApiError('ZIP_UNREADABLE', 'zipBase64 is empty', ZIP_FIELD);
  if (Math.floor((text.length * 3) / 4) > maxBytes + 2) {
    throw new ApiError(
      'ZIP_TOO_LARGE',
      `the zip file is larger than the limit of ${maxBytes} bytes`,
      ZIP_FIELD,
    );
  }
  if (!isBase64(text)) throw new ApiError('ZIP_UNREADABLE', 'zipBase64 is not valid base64', ZIP_FIELD);
  return Buffer.from(text, 'base64');
}

export class CategoryUploadService {
  constructor(
    private readonly categories: CategoryService,
    private readonly store: DatasetUploadStore,
    private readonly limits: UploadLimits,
  ) {}

  async createFromZip(args: CreateCategoryFromZipArgs): Promise<CreatedFromZip> {
    await this.categories.checkNew(args);
    const zip = decodeZip(args.zipBase64, this.limits.maxDatasetZipBytes);
    const staged = await this.store.stage();
    let committed: string | undefined;
    try {
      const extracted = await extractDatasetZip(zip, staged, this.limits);
      // The layout the engine trains on (defective images with their masks), checked before the move.
      const manifest = await buildManifest(staged).catch((error: unknown) => {
        if (!(error instanceof DestsegError)) throw error;
        // Paths in the message are the archive's, not the staging folder's.
        throw new ApiError(error.code, error.message.replaceAll(`${staged}/`, ''), ZIP_FIELD);
      });
      committed = await this.commit(staged, args.name);
      const { zipBase64: _, ...rest } = args;
      const category = await this.categories.insert({ ...rest, datasetPath: committed }, manifest);
      return { category, ignoredFiles: extracted.ignored };
    } catch (error) {
      await this.store.discard(committed ?? staged);
      throw error;
    }
  }

  /** The move into place; a folder there already because an upload of the same name won the race is CATEGORY_EXISTS. */
  private async commit(staged: string, name: string): Promise<string> {
    try {
      return await this.store.commit(staged, name);
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'DATASET_FOLDER_EXISTS' &&
        (await this.categories.byName(name))
      ) {
        throw new ApiError('CATEGORY_EXISTS', `a category named '${name}' already exists`, ['input', 'name']);
      }
      throw error;
    }
  }
}

import type { DestsegErrorCode } from '@destseg/core';

/** An expected failure of a service call, reported to clients as a userErrors entry with a stable code. */
export type ApiErrorCode =
  | 'FORBIDDEN'
  | 'CATEGORY_NOT_FOUND'
  | 'CATEGORY_EXISTS'
  | 'RUN_NOT_FOUND'
  | 'RUN_FINISHED'
  | 'MODEL_NOT_FOUND'
  | 'NO_TRAINED_MODEL'
  | 'INVALID_ID'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'IMAGE_UNSUPPORTED_TYPE'
  | 'ZIP_TOO_LARGE'
  | 'ZIP_UNREADABLE'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_UNCOMPRESSED_TOO_LARGE'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_DUPLICATE_ENTRY'
  | 'ZIP_UNEXPECTED_FILE'
  | 'ZIP_TRAIN_GOOD_MISSING'
  | 'ZIP_IMAGE_UNREADABLE'
  | 'ZIP_IMAGE_TOO_LARGE'
  | 'DATASET_FOLDER_EXISTS'
  | 'API_KEY_NOT_FOUND'
  | 'API_KEY_FROM_ENV'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | DestsegErrorCode,
    message: string,
    /** Input path at fault, e.g. ['input', 'category']. */
    readonly field: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const LOST_MESSAGE = 'the database connection was lost; the request did not complete: retry it';

/**
 * A lost database connection (restart, failover, terminated backend): the request did not complete and is
 * safe to retry once the pool has reconnected, which it does by itself. The same code for userErrors, for
 * GraphQL errors (with `retryable: true`) and for HTTP (503).
 */
export const DATABASE_UNAVAILABLE = {
  code: 'DATABASE_UNAVAILABLE',
  message: LOST_MESSAGE,
  graphqlError: { message: LOST_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } },
} as const;

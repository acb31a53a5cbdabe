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

import type { DestsegErrorCode } from '@destseg/core';
import type { UserErrorCode } from '@destseg/schema';

/**
 * The codes of userErrors: the SDL's UserErrorCode enum is the one list (docs/API.md, Errors). Every engine
 * code must be one of them, or this does not compile.
 */
export type ApiErrorCode = UserErrorCode;
type EngineCodesAreUserErrorCodes = DestsegErrorCode extends UserErrorCode ? true : never;
export const ENGINE_CODES_ARE_USER_ERROR_CODES: EngineCodesAreUserErrorCodes = true;

/** An expected failure of a service call, reported to clients as a userErrors entry with a stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
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

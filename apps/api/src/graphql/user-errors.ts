/**
 * Runs a mutation body and turns expected failures into `userErrors`. Anything unexpected is logged on the
 * server and reported as INTERNAL_SERVER_ERROR (Apollo's code for the same) with a generic message: clients never see a stack trace or SQL.
 */
import { isDestsegError } from '@destseg/core';
import { isConnectionLost } from '@destseg/db';
import type { UserErrorCode } from '@destseg/schema';
import { rootLogger } from '../logging/logger.ts';
import { ApiError, DATABASE_UNAVAILABLE } from '../services/api-error.ts';

export interface UserError {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** `failed` holds the payload's non-null fields for the error case (e.g. replayed: false). */
export async function withUserErrors<T extends object, F extends Partial<T> = Record<never, never>>(
  body: () => Promise<T>,
  failed?: F,
): Promise<(T & { userErrors: UserError[] }) | (F & { userErrors: UserError[] })> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    return { ...(failed as F), userErrors: [toUserError(error)] };
  }
}

export function toUserError(error: unknown): UserError {
  if (error instanceof ApiError) return { field: [...error.field], message: error.message, code: error.code };
  if (isDestsegError(error)) return { field: [], message: error.message, code: error.code };
  if (isConnectionLost(error)) {
    return { field: [], message: DATABASE_UNAVAILABLE.message, code: DATABASE_UNAVAILABLE.code };
  }
  rootLogger().error(
    { event: 'request.error', code: 'INTERNAL_SERVER_ERROR', err: error },
    'unexpected error in a mutation',
  );
  return {
    field: [],
    message: 'internal error; the server log has the details',
    code: 'INTERNAL_SERVER_ERROR',
  };
}

/**
 * What a client sees of a failed operation, over HTTP and WebSocket alike: an error with a code (the API's
 * own, Apollo's or graphql-js's client errors) as it is; anything a resolver threw unexpectedly as
 * INTERNAL_SERVER_ERROR with a generic message, its details only in the server log.
 */
import { isConnectionLost } from '@destseg/db';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { rootLogger } from '../logging/logger.ts';
import { DATABASE_UNAVAILABLE } from '../services/api-error.ts';

export const MASKED_INTERNAL_ERROR: GraphQLFormattedError = {
  message: 'internal error',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

export function logRequestError(error: unknown, path: readonly (string | number)[] | undefined): void {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  rootLogger().error(
    { event: 'request.error', code: 'INTERNAL_SERVER_ERROR', path: path?.join('.'), err: cause },
    'request error INTERNAL_SERVER_ERROR',
  );
}

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : undefined;
}

/**
 * Apollo's formatError. Apollo codes every error: a validation rule's own code (QUERY_TOO_DEEP, …) is put
 * back over its GRAPHQL_VALIDATION_FAILED; an uncoded error Apollo raised with a 4xx status is the
 * client's (BAD_REQUEST); anything else uncoded is INTERNAL_SERVER_ERROR, logged and masked.
 */
export function formatHttpError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const ruleCode = codeOf((error as GraphQLError).originalError);
    return ruleCode ? { ...formatted, extensions: { ...formatted.extensions, code: ruleCode } } : formatted;
  }
  if (code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (isConnectionLost(error)) return DATABASE_UNAVAILABLE.graphqlError;
  const status = (error as GraphQLError).extensions?.http as { status?: number } | undefined;
  if (codeOf(error) === undefined && status?.status !== undefined && status.status < 500) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  logRequestError(error, formatted.path);
  return MASKED_INTERNAL_ERROR;
}

/** graphql-ws sends graphql-js errors as they are: a resolver's uncoded error is masked here. */
export function formatWebSocketError(error: GraphQLError): GraphQLFormattedError {
  const unexpected =
    error.extensions.code === undefined &&
    error.originalError !== undefined &&
    !(error.originalError instanceof GraphQLError);
  if (!unexpected) return error.toJSON();
  if (isConnectionLost(error)) return DATABASE_UNAVAILABLE.graphqlError;
  logRequestError(error, error.path);
  return MASKED_INTERNAL_ERROR;
}

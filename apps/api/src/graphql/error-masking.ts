/**
 * What a client sees of a failed operation, over HTTP and WebSocket alike: an error with a code (the API's
 * own, Apollo's or graphql-js's client errors) as it is; anything a resolver threw unexpectedly as
 * INTERNAL_SERVER_ERROR with a generic message, its details only in the server log.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const MASKED_INTERNAL_ERROR: GraphQLFormattedError = {
  message: 'internal error',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

export function logRequestError(error: unknown, path: readonly (string | number)[] | undefined): void {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  console.error(`request error INTERNAL_SERVER_ERROR at ${path?.join('.') ?? '(operation)'}:`, cause);
}

/** Apollo's formatError: Apollo has already coded every error, unexpected ones INTERNAL_SERVER_ERROR. */
export function formatHttpError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
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
  logRequestError(error, error.path);
  return MASKED_INTERNAL_ERROR;
}

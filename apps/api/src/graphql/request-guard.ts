/**
 * Checks on a GraphQL request's text and variables that run before it is parsed, the same for HTTP and
 * WebSocket: a token limit (lexing stops at the limit, so an oversized document costs no more than the
 * limit), no NUL character in any string literal or variable (PostgreSQL text cannot hold one), and a
 * well-formed persisted-query extension whose hash matches its query.
 */
import { createHash } from 'node:crypto';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

export interface GraphqlRequestParts {
  query?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** The first problem of a request as a typed error, or null when it may go on to parsing. */
export function requestProblem(parts: GraphqlRequestParts, maxTokens: number): GraphQLError | null {
  const nulVariable = nulCharacterPath(parts.variables, ['variables']);
  if (nulVariable) return nulError(nulVariable.join('.'));
  const persisted = persistedQueryProblem(parts);
  if (persisted) return persisted;
  return typeof parts.query === 'string' ? documentProblem(parts.query, maxTokens) : null;
}

/**
 * Automatic persisted queries (Apollo's protocol, version 1): a malformed extension or a hash that is not
 * the sha256 of the query sent with it. Apollo reports both without a code.
 */
function persistedQueryProblem(parts: GraphqlRequestParts): GraphQLError | null {
  const extensions = parts.extensions as { persistedQuery?: unknown } | null | undefined;
  const persisted = extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persisted === undefined) return null;
  if (
    persisted === null ||
    typeof persisted !== 'object' ||
    persisted.version !== 1 ||
    typeof persisted.sha256Hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(persisted.sha256Hash)
  ) {
    return new GraphQLError('extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex> }', {
      extensions: { code: 'PERSISTED_QUERY_INVALID' },
    });
  }
  if (typeof parts.query === 'string') {
    const hash = createHash('sha256').update(parts.query).digest('hex');
    if (hash !== persisted.sha256Hash) {
      return new GraphQLError('persistedQuery.sha256Hash is not the sha256 of the query sent with it', {
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
      });
    }
  }
  return null;
}

function documentProblem(query: string, maxTokens: number): GraphQLError | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) {
        return new GraphQLError(`the document has more than ${maxTokens} tokens`, {
          extensions: { code: 'QUERY_TOO_MANY_TOKENS' },
        });
      }
      const isString = token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING;
      if (isString && token.value.includes('\0')) return nulError(`a string at line ${token.line}`);
    }
  } catch {
    // A syntax error: the parser reports it with its position.
    return null;
  }
  return null;
}

function nulError(where: string): GraphQLError {
  return new GraphQLError(`${where} contains a NUL character`, { extensions: { code: 'INVALID_INPUT' } });
}

/** Path of the first string holding U+0000 inside a JSON value, or null. */
export function nulCharacterPath(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulCharacterPath(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

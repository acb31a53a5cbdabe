/**
 * Relay global ids: base64 of "Type:rowId", so `node(id:)` knows which table to read. One behaviour for an id
 * that is malformed, beyond the id range or of another type than the argument takes: INVALID_ID, as a
 * userErrors entry in mutations (requireId) and as a GraphQL error in queries and subscriptions
 * (requireArgumentId; cursors: connection.ts). A well-formed id that names no row is null in a query and a
 * *_NOT_FOUND code in a mutation.
 */
import { GraphQLError } from 'graphql';
import { ApiError } from '../services/api-error.ts';

export const NODE_TYPES = [
  'Category',
  'DatasetVersion',
  'TrainingRun',
  'Model',
  'Evaluation',
  'Threshold',
  'Inspection',
  'ApiKey',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Row ids are PostgreSQL `serial` (int4): a larger id names no row, and must not reach a query. */
export const MAX_ROW_ID = 2_147_483_647;

/** base64url of "Kind:rowId": the form of global ids and of connection cursors alike. */
export function encodeTypedId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

/** The kind and row id of an encodeTypedId text; null when it is malformed or the id is out of range. */
export function decodeTypedId(text: string): { kind: string; id: number } | null {
  const [kind, raw, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (kind === undefined || rest.length > 0 || !Number.isSafeInteger(id) || id <= 0 || id > MAX_ROW_ID) {
    return null;
  }
  return { kind, id };
}

export function toGlobalId(type: NodeType, id: number): string {
  return encodeTypedId(type, id);
}

export function parseGlobalId(globalId: string): { type: NodeType; id: number } | null {
  const decoded = decodeTypedId(globalId);
  if (!decoded || !(NODE_TYPES as readonly string[]).includes(decoded.kind)) return null;
  return { type: decoded.kind as NodeType, id: decoded.id };
}

/** The row id of a global id that must name `type`; INVALID_ID against `field` otherwise. */
export function requireId(globalId: string, type: NodeType, field: readonly string[]): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type)
    throw new ApiError('INVALID_ID', `not a ${type} id: '${globalId}'`, field);
  return parsed.id;
}

/** The row id of a query, cursor or subscription argument: a GraphQL error INVALID_ID when it is not a `type` id. */
export function requireArgumentId(globalId: string, type: NodeType, argument: string): number {
  return requireArgumentNode(globalId, argument, type).id;
}

/** A global id of any type (`node(id:)`), or of `type` when given; INVALID_ID as a GraphQL error otherwise. */
export function requireArgumentNode(
  globalId: string,
  argument: string,
  type?: NodeType,
): { type: NodeType; id: number } {
  const parsed = parseGlobalId(globalId);
  if (!parsed || (type !== undefined && parsed.type !== type)) {
    throw new GraphQLError(`${argument} is not a ${type ?? 'global'} id: '${globalId}'`, {
      extensions: { code: 'INVALID_ID', argument },
    });
  }
  return parsed;
}

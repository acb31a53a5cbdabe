/** Relay global ids: base64 of "Type:rowId", so `node(id:)` knows which table to read. */
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

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function parseGlobalId(globalId: string): { type: NodeType; id: number } | null {
  const [type, raw, ...rest] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (
    rest.length > 0 ||
    !(NODE_TYPES as readonly string[]).includes(type ?? '') ||
    !Number.isSafeInteger(id) ||
    id <= 0 ||
    id > MAX_ROW_ID
  ) {
    return null;
  }
  return { type: type as NodeType, id };
}

/** The row id of a global id that must name `type`; INVALID_ID against `field` otherwise. */
export function requireId(globalId: string, type: NodeType, field: readonly string[]): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type)
    throw new ApiError('INVALID_ID', `not a ${type} id: '${globalId}'`, field);
  return parsed.id;
}

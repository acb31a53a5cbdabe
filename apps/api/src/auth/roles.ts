/** Role checks: viewer < operator (inspect) < admin (train, evaluate, thresholds, keys). */
import type { ApiRole } from '@destseg/db';
import { ApiError } from '../services/api-error.ts';
import type { Principal } from './api-keys.ts';

const RANK: Record<ApiRole, number> = { viewer: 0, operator: 1, admin: 2 };

export function hasRole(principal: Principal, needed: ApiRole): boolean {
  return RANK[principal.role] >= RANK[needed];
}

export function requireRole(principal: Principal, needed: ApiRole): void {
  if (!hasRole(principal, needed)) {
    throw new ApiError('FORBIDDEN', `this needs the ${needed} role; the API key has ${principal.role}`);
  }
}

/** Flag parsing helpers shared by the commands: typed numbers and required flags with clear errors. */
import { DestsegError } from '../../errors.ts';

export function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n))
    throw new DestsegError('CONFIG_INVALID', `--${name} must be an integer, got '${value}'`);
  return n;
}

export function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new DestsegError('CONFIG_INVALID', `--${name} is required`);
  return value;
}

/** A number in [0, 1] (a rate or a quantile); `fallback` when the flag is absent. */
export function unitIntervalFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1))
    throw new DestsegError('CONFIG_INVALID', `--${name} must be a number in [0, 1], got '${value}'`);
  return n;
}

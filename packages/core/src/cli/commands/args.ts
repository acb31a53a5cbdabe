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

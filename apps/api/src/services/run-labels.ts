/** A training run's name and tags: the rules a client's input must follow, and the name shown for a run. */
import type { TrainingRunRow } from '@destseg/db';
import { ApiError } from './api-error.ts';

export const MAX_RUN_NAME = 100;
export const MAX_TAG = 40;
export const MAX_TAGS = 20;

/** The stored name: trimmed, null when blank; INVALID_INPUT over MAX_RUN_NAME characters. */
export function normalizeRunName(name: string, field: readonly string[]): string | null {
  const trimmed = name.trim();
  if (trimmed.length > MAX_RUN_NAME) {
    throw new ApiError('INVALID_INPUT', `name is longer than ${MAX_RUN_NAME} characters`, field);
  }
  return trimmed === '' ? null : trimmed;
}

/** The stored tags: trimmed, blank ones dropped, unique and sorted; INVALID_INPUT for a tag that breaks a rule. */
export function normalizeRunTags(tags: readonly string[], field: readonly string[]): string[] {
  const unique = new Set<string>();
  tags.forEach((tag, index) => {
    const trimmed = tag.trim();
    if (trimmed.length > MAX_TAG) {
      throw new ApiError(
        'INVALID_INPUT',
        `tag '${trimmed.slice(0, 20)}…' is longer than ${MAX_TAG} characters`,
        [...field, String(index)],
      );
    }
    if (trimmed.includes(',')) {
      throw new ApiError('INVALID_INPUT', `tag '${trimmed}' contains a comma`, [...field, String(index)]);
    }
    if (trimmed !== '') unique.add(trimmed);
  });
  if (unique.size > MAX_TAGS) {
    throw new ApiError('INVALID_INPUT', `a run has at most ${MAX_TAGS} tags`, field);
  }
  return [...unique].sort((a, b) => a.localeCompare(b));
}

/** The name a run is shown by: its own, else 'run <number>'. */
export function runDisplayName(run: Pick<TrainingRunRow, 'id' | 'name'>): string {
  return run.name ?? `run ${run.id}`;
}

/** A model as people name it: its run and the step it was saved at. */
export function modelDisplayName(run: Pick<TrainingRunRow, 'id' | 'name'>, step: number): string {
  return `${runDisplayName(run)} · step ${step}`;
}

/**
 * Paths into the read-only `../shared` folder beside the repository (the teacher weights, the PyTorch/PIL
 * reference values and the real data sets; never copied into it): the one place tests and benches of every
 * package find it. Exported as `@destseg/core/testing`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
export const TEACHER_PATH = join(SHARED_DIR, 'weights', 'resnet18-imagenet-l1-l3.safetensors');
export const REFERENCE_DIR = join(SHARED_DIR, 'reference');

/** A path under `../shared`, e.g. `sharedPath('data', 'bsdata-pitting')`. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** Paths into the read-only `../shared` folder beside the repository (never copied into it). */

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSafetensors } from '../../src/io/safetensors.ts';

export const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
export const TEACHER_PATH = join(SHARED_DIR, 'weights', 'resnet18-imagenet-l1-l3.safetensors');
export const REFERENCE_DIR = join(SHARED_DIR, 'reference');

export async function readReference() {
  return readSafetensors(join(REFERENCE_DIR, 'reference.safetensors'));
}

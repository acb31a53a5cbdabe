/** The reference values in `../shared/reference` (paths from `@destseg/core/testing`). */

import { join } from 'node:path';
import { readSafetensors } from '../../src/io/safetensors.ts';
import { REFERENCE_DIR } from '../../src/testing/shared.ts';

export { REFERENCE_DIR, TEACHER_PATH } from '../../src/testing/shared.ts';

export async function readReference() {
  return readSafetensors(join(REFERENCE_DIR, 'reference.safetensors'));
}

/**
 * The ops layer (src/ops/) is the only place that chooses between a fused webgpu kernel and the written-out
 * tfjs form: nothing under src/model/ or src/train/ imports backend/webgpu-*.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers of every static import, export-from and dynamic import in `text`. */
function importSpecifiers(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

test('importSpecifiers finds static, type-only, re-export and dynamic imports', () => {
  const text = [
    "import * as tf from '@tensorflow/tfjs';",
    "import type { A } from '../backend/webgpu-a.ts';",
    "export { b } from '../backend/webgpu-b.ts';",
    "const c = await import('../backend/webgpu-c.ts');",
    "import '../backend/webgpu-d.ts';",
  ].join('\n');
  assert.deepEqual(importSpecifiers(text), [
    '@tensorflow/tfjs',
    '../backend/webgpu-a.ts',
    '../backend/webgpu-b.ts',
    '../backend/webgpu-c.ts',
    '../backend/webgpu-d.ts',
  ]);
});

test('model/ and train/ reach the fused webgpu kernels only through ops/', () => {
  const offenders: string[] = [];
  for (const dir of ['model', 'train']) {
    for (const file of sourceFiles(join(SRC, dir))) {
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (/(^|\/)backend\/webgpu-[^/]*$/.test(specifier)) {
          offenders.push(`${relative(SRC, file)} imports ${specifier}`);
        }
      }
    }
  }
  assert.deepEqual(offenders, []);
});

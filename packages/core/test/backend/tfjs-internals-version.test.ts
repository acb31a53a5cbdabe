/**
 * The webgpu patches use private tfjs internals: the running tfjs must be the version they were written
 * against, and every package.json pins the tfjs packages to exactly that version.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkTfjsInternalsVersion,
  runningTfjsVersions,
  TFJS_INTERNALS_VERSION,
} from '../../src/backend/tfjs-internals-version.ts';
import { isDestsegError } from '../../src/errors.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

test('the running tfjs is the version the patches were written against', () => {
  assert.deepEqual(runningTfjsVersions(), {
    'tfjs-core': TFJS_INTERNALS_VERSION,
    'tfjs-backend-webgpu': TFJS_INTERNALS_VERSION,
  });
  checkTfjsInternalsVersion();
});

test('another tfjs version is a CONFIG_INVALID naming the package and both versions', () => {
  assert.throws(
    () => checkTfjsInternalsVersion({ 'tfjs-core': TFJS_INTERNALS_VERSION, 'tfjs-backend-webgpu': '4.23.0' }),
    (error: unknown) =>
      isDestsegError(error) &&
      error.code === 'CONFIG_INVALID' &&
      error.message.includes('@tensorflow/tfjs-backend-webgpu is 4.23.0') &&
      error.message.includes(TFJS_INTERNALS_VERSION),
  );
});

test('every package.json pins each @tensorflow/tfjs* dependency to exactly that version', () => {
  const manifests = ['packages', 'apps'].flatMap((dir) =>
    readdirSync(join(ROOT, dir)).map((name) => join(ROOT, dir, name, 'package.json')),
  );
  let pinned = 0;
  for (const path of [join(ROOT, 'package.json'), ...manifests]) {
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const [name, range] of Object.entries(pkg[field] ?? {})) {
        if (!name.startsWith('@tensorflow/tfjs')) continue;
        assert.equal(range, TFJS_INTERNALS_VERSION, `${path}: ${field}.${name}`);
        pinned++;
      }
    }
  }
  assert.ok(pinned > 0, 'no package depends on tfjs');
});

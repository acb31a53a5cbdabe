/** The production build of the CLI (scripts/build.mjs cli → packages/core/dist/destseg.js) runs on plain Node. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from '../support/tiny-run.ts';

const run = promisify(execFile);
const BUILD = fileURLToPath(new URL('../../../../scripts/build.mjs', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../../dist/destseg.js', import.meta.url));

test('the built destseg prints its help and writes a synthetic category (sharp, a native package)', async () => {
  await run(process.execPath, [BUILD, 'cli']);
  const help = await run(process.execPath, [BUILT_CLI, 'synth', '--help']);
  assert.match(help.stdout, /--test-bad <N>/);
  const out = join(await tempDir('built-cli'), 'category');
  const synth = await run(process.execPath, [
    BUILT_CLI,
    'synth',
    '--out',
    out,
    '--size',
    '32',
    '--train',
    '2',
    '--test-good',
    '1',
    '--test-bad',
    '1',
  ]);
  assert.deepEqual(JSON.parse(synth.stdout), { out, images: 4 });
  assert.deepEqual(await readdir(join(out, 'train', 'good')), ['000.png', '001.png']);
});

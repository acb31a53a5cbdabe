/**
 * createCategoryFromZip against the real server: real zips built here with fflate (which, unlike a careful
 * archiver, writes whatever names and sizes it is given), real JPEGs from the BSData pitting set and PNGs
 * made here. Each refusal is a typed userErrors code that leaves no row, no category folder and no staging
 * folder behind. (Training a category made from a zip: apps/dashboard/test/browser/new-category.test.ts.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodePng } from '@destseg/core';
import { sharedPath } from '@destseg/core/testing';
import { type Zippable, zipSync } from 'fflate';
import { configFromEnv } from '../src/config.ts';
import { gql } from './support/graphql-client.ts';
import { serverForThisFile } from './support/test-server.ts';

const ADMIN = 'zip-admin-key-1234';
const OPERATOR = 'zip-operator-key-1234';
const BSDATA = sharedPath('data', 'bsdata-pitting');
const LIMITS = {
  maxDatasetZipBytes: 2 * 1024 * 1024,
  maxDatasetUncompressedBytes: 8 * 1024 * 1024,
  maxDatasetEntries: 50,
};
const CREATE = `mutation($i: CreateCategoryFromZipInput!) { createCategoryFromZip(input: $i) {
  category { name datasetPath imageSize datasetVersions { trainCount testGoodCount testDefectCount files { path } } }
  ignoredFiles userErrors { field message code } } }`;

const api = serverForThisFile('pglite', {
  apiKeys: [
    { role: 'admin', key: ADMIN },
    { role: 'operator', key: OPERATOR },
  ],
  limits: LIMITS,
});

/** A small PNG with pixels from `seed`, so every file has its own content. */
async function png(seed: number, size = 40): Promise<Uint8Array> {
  const data = new Uint8Array(size * size * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return encodePng({ width: size, height: size, data });
}

function bsdata(...parts: string[]): string {
  return join(BSDATA, ...parts);
}

function firstFiles(dir: string, n: number): string[] {
  return readdirSync(bsdata(dir)).sort().slice(0, n);
}

function zip(files: Zippable): string {
  return Buffer.from(zipSync(files)).toString('base64');
}

async function upload(name: string, zipBase64: string, key = ADMIN, imageSize = 32) {
  const res = await gql(api.server.url, CREATE, { i: { name, zipBase64, imageSize } }, key);
  assert.equal(res.status, 200, JSON.stringify(res.errors));
  return res.data?.createCategoryFromZip;
}

/** Nothing of a refused upload is left: no row, no category folder, no staging folder. */
async function assertLeftNothing(name: string): Promise<void> {
  assert.equal(await api.server.services.categories.byName(name), undefined, `a row for ${name}`);
  assert.equal(
    existsSync(join(api.env.dataDir, 'datasets', 'uploaded', name)),
    false,
    `a folder for ${name}`,
  );
  const incoming = join(api.env.dataDir, 'datasets', '.incoming');
  assert.deepEqual(existsSync(incoming) ? await readdir(incoming) : [], [], 'a staging folder is left');
}

async function assertRefused(name: string, zipBase64: string, code: string, message?: RegExp) {
  const payload = await upload(name, zipBase64);
  assert.equal(payload.category, null);
  assert.equal(payload.userErrors.length, 1, JSON.stringify(payload.userErrors));
  const [error] = payload.userErrors;
  assert.equal(error.code, code, error.message);
  if (message) assert.match(error.message, message);
  await assertLeftNothing(name);
  return error;
}

test('an MVTec-layout zip of real images inside one folder becomes a category', async () => {
  const train = firstFiles('train/good', 3);
  const [testGood] = firstFiles('test/good', 1);
  const [pitting] = firstFiles('test/pitting', 1);
  const mask = `${(pitting as string).replace(/\.[^.]+$/, '')}_mask.png`;
  const files: Zippable = {
    'pitting/README.txt': new TextEncoder().encode('BSData pitting subset'),
    '__MACOSX/pitting/._README.txt': new Uint8Array([0]),
    'pitting/test/good/': new Uint8Array(),
    [`pitting/test/good/${testGood}`]: await readFile(bsdata('test/good', testGood as string)),
    [`pitting/test/pitting/${pitting}`]: await readFile(bsdata('test/pitting', pitting as string)),
    [`pitting/ground_truth/pitting/${mask}`]: await readFile(bsdata('ground_truth/pitting', mask)),
  };
  for (const name of train) files[`pitting/train/good/${name}`] = await readFile(bsdata('train/good', name));

  const payload = await upload('pitting-zip', zip(files));
  assert.deepEqual(payload.userErrors, []);
  assert.deepEqual(payload.ignoredFiles.sort(), ['__MACOSX/pitting/._README.txt', 'pitting/README.txt']);
  const { category } = payload;
  assert.equal(category.datasetPath, join(api.env.dataDir, 'datasets', 'uploaded', 'pitting-zip'));
  const [version] = category.datasetVersions;
  assert.deepEqual([version.trainCount, version.testGoodCount, version.testDefectCount], [3, 1, 1]);
  assert.deepEqual(
    version.files.map((f: { path: string }) => f.path).sort(),
    [
      `ground_truth/pitting/${mask}`,
      `test/good/${testGood}`,
      `test/pitting/${pitting}`,
      ...train.map((n) => `train/good/${n}`),
    ].sort(),
  );
  // The files on disk are the archive's, byte for byte.
  assert.deepEqual(
    await readFile(join(category.datasetPath, 'train', 'good', train[0] as string)),
    await readFile(bsdata('train/good', train[0] as string)),
  );
  assert.equal(existsSync(join(category.datasetPath, 'README.txt')), false);
});

test('a flat zip of good PNGs becomes a training-only category', async () => {
  const files: Zippable = { 'notes.md': new TextEncoder().encode('# parts') };
  for (let i = 0; i < 6; i++) files[`part-${i}.png`] = await png(i);
  const payload = await upload('flat-zip', zip(files));
  assert.deepEqual(payload.userErrors, []);
  assert.deepEqual(payload.ignoredFiles, ['notes.md']);
  const [version] = payload.category.datasetVersions;
  assert.deepEqual([version.trainCount, version.testGoodCount, version.testDefectCount], [6, 0, 0]);
});

test('only admins upload', async () => {
  const payload = await upload('by-operator', zip({ 'a.png': await png(1) }), OPERATOR);
  assert.equal(payload.userErrors[0].code, 'FORBIDDEN');
  await assertLeftNothing('by-operator');
});

test('path traversal, absolute paths, backslashes and symbolic links are refused', async () => {
  const good = await png(2);
  const error = await assertRefused(
    'traversal',
    zip({ 'train/good/a.png': good, '../escaped.png': good }),
    'ZIP_UNSAFE_PATH',
    /\.\.\/escaped\.png/,
  );
  assert.deepEqual(error.field, ['input', 'zipBase64']);
  assert.equal(existsSync(join(api.env.dataDir, 'datasets', 'escaped.png')), false);
  await assertRefused('nested-traversal', zip({ 'train/good/../../../b.png': good }), 'ZIP_UNSAFE_PATH');
  await assertRefused('absolute', zip({ '/etc/cron.d/x.png': good }), 'ZIP_UNSAFE_PATH');
  await assertRefused('backslash', zip({ 'train\\good\\..\\..\\c.png': good }), 'ZIP_UNSAFE_PATH');
  const link = zip({
    'train/good/a.png': good,
    'train/good/link.png': [
      new TextEncoder().encode('/etc/passwd'),
      { os: 3, attrs: (0o120777 << 16) >>> 0 },
    ],
  });
  await assertRefused('symlink', link, 'ZIP_UNSAFE_PATH', /symbolic link/);
});

test('zip bombs, oversize archives and too many entries are refused before extraction', async () => {
  // 32 MiB of zeros deflates to about 32 KiB: the declared size gives it away.
  const bomb = zip({
    'train/good/a.png': await png(3),
    'train/good/zeros.png': new Uint8Array(32 * 1024 * 1024),
  });
  assert.ok(bomb.length < 100_000);
  await assertRefused('bomb', bomb, 'ZIP_UNCOMPRESSED_TOO_LARGE', /limit is 8388608/);

  // The same, lying about its size in the central directory: caught while it inflates.
  const liar = Buffer.from(zipSync({ 'train/good/zeros.png': new Uint8Array(4 * 1024 * 1024) }));
  const central = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  liar.writeUInt32LE(1000, central + 24);
  await assertRefused('liar', liar.toString('base64'), 'ZIP_UNREADABLE', /zeros\.png/);

  const big = new Uint8Array(LIMITS.maxDatasetZipBytes + 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
  await assertRefused('oversize', zip({ 'train/good/big.png': [big, { level: 0 }] }), 'ZIP_TOO_LARGE');

  const many: Zippable = {};
  for (let i = 0; i <= LIMITS.maxDatasetEntries; i++) many[`train/good/${i}.png`] = new Uint8Array([i]);
  await assertRefused('many', zip(many), 'ZIP_TOO_MANY_ENTRIES', /51 entries; the limit is 50/);
});

test('non-images inside the layout, corrupt images and a missing train/good are refused by name', async () => {
  const good = await png(4);
  await assertRefused(
    'text-in-train',
    zip({ 'train/good/a.png': good, 'train/good/notes.txt': new Uint8Array([65]) }),
    'ZIP_UNEXPECTED_FILE',
    /^train\/good\/notes\.txt: not an image/,
  );
  await assertRefused(
    'truncated',
    zip({ 'train/good/a.png': good, 'train/good/broken.png': good.subarray(0, good.length - 40) }),
    'ZIP_IMAGE_UNREADABLE',
    /train\/good\/broken\.png/,
  );
  await assertRefused(
    'fake-png',
    zip({ 'train/good/a.png': good, 'train/good/fake.png': new TextEncoder().encode('not really a png') }),
    'ZIP_IMAGE_UNREADABLE',
    /^train\/good\/fake\.png: not a PNG or JPEG image/,
  );
  await assertRefused(
    'no-train',
    zip({ 'test/good/a.png': good }),
    'ZIP_TRAIN_GOOD_MISSING',
    /no train\/good\/ images/,
  );
  await assertRefused('only-readme', zip({ 'README.md': new Uint8Array([35]) }), 'ZIP_TRAIN_GOOD_MISSING');
  await assertRefused(
    'no-mask',
    zip({ 'train/good/a.png': good, 'test/scratch/b.png': await png(5) }),
    'DATASET_INVALID',
    /^test\/scratch\/b\.png: defective test image without its mask/,
  );
  await assertRefused('not-a-zip', Buffer.from(good).toString('base64'), 'ZIP_UNREADABLE');
  await assertRefused('bad-base64', 'this is not base64!', 'ZIP_UNREADABLE');
});

test('a taken name or a folder already on disk is refused without touching what is there', async () => {
  const archive = zip({ 'a.png': await png(6) });
  const taken = await upload('pitting-zip', archive);
  assert.equal(taken.userErrors[0].code, 'CATEGORY_EXISTS');
  assert.equal(
    (await readdir(join(api.env.dataDir, 'datasets', 'uploaded', 'pitting-zip', 'train', 'good'))).length,
    3,
  );

  const orphan = join(api.env.dataDir, 'datasets', 'uploaded', 'orphan');
  await mkdir(orphan, { recursive: true });
  await writeFile(join(orphan, 'keep.txt'), 'mine');
  const refused = await upload('orphan', archive);
  assert.equal(refused.userErrors[0].code, 'DATASET_FOLDER_EXISTS');
  assert.equal(await readFile(join(orphan, 'keep.txt'), 'utf8'), 'mine');
  assert.equal(await api.server.services.categories.byName('orphan'), undefined);

  // A refused upload blocks nothing: the same name with a good archive goes through.
  await assertRefused('retry', zip({ 'train/good/x.txt': new Uint8Array([1]) }), 'ZIP_UNEXPECTED_FILE');
  assert.deepEqual((await upload('retry', archive)).userErrors, []);
});

test('the zip limit follows the body limit: a zip must fit in a request once base64-encoded', () => {
  const defaults = configFromEnv({}).limits;
  assert.ok(defaults.maxDatasetZipBytes > 11 * 1024 * 1024);
  assert.ok((defaults.maxDatasetZipBytes * 4) / 3 < defaults.maxBodyBytes);
  assert.equal(configFromEnv({ DESTSEG_MAX_BODY_BYTES: '1000' }).limits.maxDatasetZipBytes, 0);
  assert.equal(
    configFromEnv({ DESTSEG_MAX_DATASET_ZIP_BYTES: '1048576' }).limits.maxDatasetZipBytes,
    1024 * 1024,
  );
  assert.throws(
    () => configFromEnv({ DESTSEG_MAX_DATASET_ZIP_BYTES: String(64 * 1024 * 1024) }),
    /raise DESTSEG_MAX_BODY_BYTES to at least 89544022/,
  );
});

test('creating from a folder on the server still works beside the zip upload', async () => {
  const create = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) {
    category { datasetPath datasetVersions { trainCount } } userErrors { field code } } }`;
  const made = await gql(
    api.server.url,
    create,
    { i: { name: 'from-path', datasetPath: api.env.datasetPath, imageSize: 32 } },
    ADMIN,
  );
  assert.deepEqual(made.data?.createCategory.userErrors, []);
  assert.equal(made.data?.createCategory.category.datasetPath, api.env.datasetPath);
  assert.equal(made.data?.createCategory.category.datasetVersions[0].trainCount, 8);
  const missing = await gql(
    api.server.url,
    create,
    { i: { name: 'no-folder', datasetPath: join(api.env.dataDir, 'nope') } },
    ADMIN,
  );
  assert.deepEqual(missing.data?.createCategory.userErrors, [
    { field: ['input', 'datasetPath'], code: 'DATASET_INVALID' },
  ]);
  const badSize = await gql(
    api.server.url,
    create,
    { i: { name: 'bad-size', datasetPath: api.env.datasetPath, imageSize: 100 } },
    ADMIN,
  );
  assert.deepEqual(badSize.data?.createCategory.userErrors, [
    { field: ['input', 'imageSize'], code: 'INVALID_INPUT' },
  ]);
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DestsegError } from '../../src/errors.ts';
import {
  decodeSafetensors,
  encodeSafetensors,
  parseSafetensors,
  readSafetensors,
} from '../../src/io/safetensors.ts';
import { REFERENCE_DIR } from '../../src/testing/shared.ts';

const REFERENCE = join(REFERENCE_DIR, 'reference.safetensors');

function rawFile(header: unknown, data = new Uint8Array(0)): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const out = Buffer.alloc(8 + json.length + data.length);
  out.writeBigUInt64LE(BigInt(json.length), 0);
  json.copy(out, 8);
  out.set(data, 8 + json.length);
  return out;
}

test('encode then decode round-trips tensors and metadata', () => {
  const a = new Float32Array([1.5, -2, 3.25, 0, Number.POSITIVE_INFINITY, -0]);
  const b = new Float32Array([42]);
  const bytes = encodeSafetensors(
    { 'z.weight': { shape: [2, 3], data: a }, bias: { shape: [1], data: b } },
    { step: '7' },
  );
  // The data section starts 8-byte aligned.
  assert.equal((8 + Number(bytes.readBigUInt64LE(0))) % 8, 0);
  const parsed = parseSafetensors(bytes, 'mem');
  assert.deepEqual(parsed.metadata, { step: '7' });
  assert.deepEqual([...parsed.tensors.keys()], ['bias', 'z.weight']);
  assert.deepEqual(parsed.tensors.get('z.weight'), { dtype: 'F32', shape: [2, 3], data: a });
  assert.deepEqual(decodeSafetensors(bytes).get('bias')?.data, b);
});

test('encode rejects a shape that does not match the data', () => {
  assert.throws(
    () => encodeSafetensors({ w: { shape: [2, 2], data: new Float32Array(3) } }),
    (e: unknown) => e instanceof DestsegError && /needs 4 values, got 3/.test(e.message),
  );
});

test('decode reads unaligned data offsets', () => {
  const data = new Uint8Array(6);
  new DataView(data.buffer).setFloat32(2, 0.75, true);
  const t = decodeSafetensors(rawFile({ x: { dtype: 'F32', shape: [], data_offsets: [2, 6] } }, data));
  assert.deepEqual([...(t.get('x')?.data ?? [])], [0.75]);
});

test('corrupt files give the caller-chosen error code naming the file', () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [new Uint8Array(3), /at least an 8-byte header length/],
    [rawFile({}).subarray(0, 9), /header length 2 does not fit/],
    [Buffer.concat([Buffer.from([4, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{oop')]), /not valid UTF-8 JSON/],
    [rawFile([1, 2]), /not a JSON object/],
    [rawFile({ w: { dtype: 'F16', shape: [1], data_offsets: [0, 2] } }, new Uint8Array(2)), /dtype F16/],
    [rawFile({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 4] } }, new Uint8Array(4)), /needs 8/],
    [rawFile({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }), /fall outside the 0 data bytes/],
    [rawFile({ w: { dtype: 'F32', shape: [-1], data_offsets: [0, 0] } }), /invalid shape/],
  ];
  for (const [bytes, pattern] of cases) {
    assert.throws(
      () => decodeSafetensors(bytes, 'teacher.safetensors', 'TEACHER_WEIGHTS_INVALID'),
      (e: unknown) =>
        e instanceof DestsegError &&
        e.code === 'TEACHER_WEIGHTS_INVALID' &&
        e.message.includes('teacher.safetensors') &&
        pattern.test(e.message),
    );
  }
});

test('reading a missing or corrupt file defaults to CHECKPOINT_INVALID', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-st-'));
  try {
    const bad = join(dir, 'bad.safetensors');
    await writeFile(bad, 'not a safetensors file');
    for (const path of [bad, join(dir, 'missing.safetensors')]) {
      await assert.rejects(
        readSafetensors(path),
        (e: unknown) =>
          e instanceof DestsegError && e.code === 'CHECKPOINT_INVALID' && e.message.includes(path),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('reads the shared reference file', {
  skip: !existsSync(REFERENCE) && 'shared reference missing',
}, async () => {
  const t = await readSafetensors(REFERENCE);
  assert.deepEqual(t.get('teacher.synthetic.layer2.nhwc')?.shape, [32, 32, 128]);
  assert.equal(t.get('mask.bsdata_pitting0.binary_256')?.data.length, 256 * 256);
});

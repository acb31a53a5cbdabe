/**
 * Minimal safetensors reader/writer (F32 only): 8-byte little-endian header length, a JSON header
 * `{name: {dtype, shape, data_offsets}}` plus optional `__metadata__`, then raw little-endian data.
 * Used for teacher weights, checkpoints and reference values.
 */
import { readFile } from 'node:fs/promises';
import { DestsegError, type DestsegErrorCode } from '../errors.ts';

export interface SafeTensor {
  dtype: 'F32';
  shape: number[];
  data: Float32Array;
}

export interface SafetensorsFile {
  tensors: Map<string, SafeTensor>;
  metadata: Record<string, string>;
}

// A header larger than this is certainly not a real file (the format caps it at 100 MB).
const MAX_HEADER_BYTES = 100 * 1024 * 1024;

/** Reads the tensors of a safetensors file; errors carry `code` and name `path`. */
export async function readSafetensors(
  path: string,
  code: DestsegErrorCode = 'CHECKPOINT_INVALID',
): Promise<Map<string, SafeTensor>> {
  return (await readSafetensorsFile(path, code)).tensors;
}

/** Reads tensors and `__metadata__` of a safetensors file. */
export async function readSafetensorsFile(
  path: string,
  code: DestsegErrorCode = 'CHECKPOINT_INVALID',
): Promise<SafetensorsFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new DestsegError(code, `${path}: cannot read safetensors file (${(cause as Error).message})`, {
      cause,
    });
  }
  return parseSafetensors(bytes, path, code);
}

/** Parses the tensors of safetensors bytes; `name` is used in error messages. */
export function decodeSafetensors(
  bytes: Uint8Array,
  name = 'safetensors buffer',
  code: DestsegErrorCode = 'CHECKPOINT_INVALID',
): Map<string, SafeTensor> {
  return parseSafetensors(bytes, name, code).tensors;
}

/** Parses tensors and `__metadata__` of safetensors bytes. */
export function parseSafetensors(
  bytes: Uint8Array,
  name = 'safetensors buffer',
  code: DestsegErrorCode = 'CHECKPOINT_INVALID',
): SafetensorsFile {
  const fail = (what: string): never => {
    throw new DestsegError(code, `${name}: invalid safetensors file: ${what}`);
  };
  if (bytes.byteLength < 8) fail(`${bytes.byteLength} bytes, expected at least an 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = Number(view.getBigUint64(0, true));
  if (headerLen > MAX_HEADER_BYTES || 8 + headerLen > bytes.byteLength) {
    fail(`header length ${headerLen} does not fit in ${bytes.byteLength} bytes`);
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLen)));
  } catch {
    fail('header is not valid UTF-8 JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    fail('header is not a JSON object');
  }
  const dataStart = 8 + headerLen;
  const dataLen = bytes.byteLength - dataStart;
  const tensors = new Map<string, SafeTensor>();
  let metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(header as Record<string, unknown>)) {
    if (key === '__metadata__') {
      metadata = parseMetadata(entry, fail);
      continue;
    }
    const { dtype, shape, data_offsets: offsets } = (entry ?? {}) as Record<string, unknown>;
    if (dtype !== 'F32') fail(`tensor "${key}" has dtype ${String(dtype)}, only F32 is supported`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
      fail(`tensor "${key}" has an invalid shape`);
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isInteger(o))) {
      fail(`tensor "${key}" has invalid data_offsets`);
    }
    const dims = shape as number[];
    const [begin, end] = offsets as [number, number];
    const count = dims.reduce((a, b) => a * b, 1);
    if (begin < 0 || end < begin || end > dataLen) {
      fail(`tensor "${key}" data_offsets [${begin}, ${end}] fall outside the ${dataLen} data bytes`);
    }
    if (end - begin !== count * 4) {
      fail(`tensor "${key}" has ${end - begin} bytes, shape [${dims.join(',')}] needs ${count * 4}`);
    }
    tensors.set(key, { dtype: 'F32', shape: dims.slice(), data: readF32(bytes, dataStart + begin, count) });
  }
  return { tensors, metadata };
}

function parseMetadata(entry: unknown, fail: (what: string) => never): Record<string, string> {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    fail('__metadata__ is not an object');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry as Record<string, unknown>)) {
    if (typeof v !== 'string') fail(`__metadata__.${k} is not a string`);
    out[k] = v as string;
  }
  return out;
}

/** Copies little-endian float32s into a fresh array (data offsets need not be 4-aligned). */
function readF32(bytes: Uint8Array, offset: number, count: number): Float32Array {
  // Copy into a fresh, aligned buffer (Buffer#slice would only make a view); Float32Array memory is
  // little-endian on every platform Node supports.
  const copy = new Uint8Array(count * 4);
  copy.set(bytes.subarray(offset, offset + count * 4));
  return new Float32Array(copy.buffer);
}

/** Serialises F32 tensors (keys sorted, as the Python writer does) into safetensors bytes. */
export function encodeSafetensors(
  tensors: Record<string, { shape: number[]; data: Float32Array }>,
  metadata?: Record<string, string>,
): Buffer {
  const names = Object.keys(tensors).sort();
  const header: Record<string, unknown> = {};
  if (metadata && Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let offset = 0;
  for (const name of names) {
    const { shape, data } = tensors[name] as { shape: number[]; data: Float32Array };
    const count = shape.reduce((a, b) => a * b, 1);
    if (count !== data.length) {
      throw new DestsegError(
        'CHECKPOINT_INVALID',
        `tensor "${name}": shape [${shape.join(',')}] needs ${count} values, got ${data.length}`,
      );
    }
    header[name] = { dtype: 'F32', shape, data_offsets: [offset, offset + data.length * 4] };
    offset += data.length * 4;
  }
  let json = JSON.stringify(header);
  // Pad the header with spaces so the data section starts 8-byte aligned, as the reference writer does.
  json += ' '.repeat((8 - ((8 + Buffer.byteLength(json)) % 8)) % 8);
  const headerBytes = Buffer.from(json, 'utf-8');
  const out = Buffer.alloc(8 + headerBytes.length + offset);
  out.writeBigUInt64LE(BigInt(headerBytes.length), 0);
  headerBytes.copy(out, 8);
  let pos = 8 + headerBytes.length;
  for (const name of names) {
    const { data } = tensors[name] as { shape: number[]; data: Float32Array };
    // Float32Array memory is little-endian on every platform Node supports: copy it whole.
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), pos);
    pos += data.byteLength;
  }
  return out;
}

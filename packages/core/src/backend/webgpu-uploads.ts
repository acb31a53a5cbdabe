/**
 * CPU→GPU uploads on tfjs-backend-webgpu 4.22.0, replaced on the backend instance (docs/PERFORMANCE.md):
 * - 'device-constants': every scalar made on the CPU (learning rates, momenta, BatchNorm eps, the constants
 *   tfjs-core's gradients build, such as the 2 and 1.5 of Rsqrt's) is uploaded once per value and shared
 *   from then on. Stock tfjs uploads each one again on every use: about 800 per stage-1 step. Tiny kernels
 *   on such constants also stay on the device (WEBGPU_CPU_FORWARD off): computed on the CPU, their results
 *   (the loss gradient's ones, broadcast to the batch) would be uploaded on every step.
 * - 'write-buffer-uploads': the remaining uploads (the batch images and masks) go through
 *   queue.writeBuffer. Stock tfjs fills a fresh staging buffer and records a copy for every upload into a
 *   reused buffer, which also ends the open compute pass.
 * Both give the same bytes on the device as stock tfjs. Transfers are counted either way, for the bench.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { assertTfjsInternals } from './tfjs-internals-version.ts';
import type { SpeedPatch } from './webgpu-patches.ts';

/** Uploads that really moved data from the CPU since the backend was created. */
export interface UploadStats {
  count: number;
  bytes: number;
}

type TensorData = ReturnType<WebGPUBackend['tensorMap']['get']>;
type DataId = Parameters<WebGPUBackend['uploadToGPU']>[0];

/** Bounds the cache if a caller makes a new scalar value on every step (the values are 4 bytes each). */
const MAX_CACHED_SCALARS = 4096;

const STATS = new WeakMap<WebGPUBackend, UploadStats>();

/** The backend's upload counters; null for a backend the patches were not installed on. */
export function uploadStats(backend: WebGPUBackend): UploadStats | null {
  return STATS.get(backend) ?? null;
}

function isScalarConstant(data: TensorData): boolean {
  return (
    data.values != null &&
    data.values.length === 1 &&
    (data.dtype === 'float32' || data.dtype === 'int32' || data.dtype === 'bool')
  );
}

/** A 4-byte storage buffer holding `values`, written at creation (no command, no staging buffer). */
function scalarBuffer(device: GPUDevice, data: TensorData): GPUBuffer {
  const buffer = device.createBuffer({
    size: 4,
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
    mappedAtCreation: true,
  });
  const range = buffer.getMappedRange();
  (data.dtype === 'float32' ? new Float32Array(range) : new Int32Array(range)).set(asDeviceArray(data));
  buffer.unmap();
  return buffer;
}

/** The values as the device stores them: float32, or int32 for int32 and bool (stock tfjs does the same). */
function asDeviceArray(data: TensorData): Float32Array<ArrayBuffer> | Int32Array<ArrayBuffer> {
  const values = data.values as ArrayLike<number>;
  // tfjs keeps tensor values in plain (non-shared) ArrayBuffers.
  if (data.dtype === 'float32') {
    return values instanceof Float32Array ? (values as Float32Array<ArrayBuffer>) : Float32Array.from(values);
  }
  return values instanceof Int32Array ? (values as Int32Array<ArrayBuffer>) : Int32Array.from(values);
}

/** dtype plus the exact bits, so −0 and 0 (and NaN payloads) stay apart. */
function scalarKey(data: TensorData): string {
  const bits =
    data.dtype === 'float32'
      ? new Uint32Array(Float32Array.of(Number((data.values as ArrayLike<number>)[0])).buffer)[0]
      : Number((data.values as ArrayLike<number>)[0]);
  return `${data.dtype}:${bits}`;
}

/**
 * Replaces `backend.uploadToGPU` with a counting version that applies the enabled upload patches; the
 * backend factory calls it on each new instance.
 */
export function installUploadPatches(
  backend: WebGPUBackend,
  patches: ReadonlySet<SpeedPatch>,
): WebGPUBackend {
  assertTfjsInternals();
  const stats: UploadStats = { count: 0, bytes: 0 };
  STATS.set(backend, stats);
  const stockUpload = backend.uploadToGPU.bind(backend);
  const scalars = new Map<string, GPUBuffer>();
  const cacheScalars = patches.has('device-constants');
  if (cacheScalars) tf.env().set('WEBGPU_CPU_FORWARD', false);
  const writeBuffer = patches.has('write-buffer-uploads');

  backend.uploadToGPU = (dataId: DataId): void => {
    const data = backend.tensorMap.get(dataId);
    if (data.resource != null || data.values == null) {
      stockUpload(dataId);
      return;
    }
    if (cacheScalars && isScalarConstant(data)) {
      const key = scalarKey(data);
      let buffer = scalars.get(key);
      if (!buffer && scalars.size < MAX_CACHED_SCALARS) {
        buffer = scalarBuffer(backend.device, data);
        scalars.set(key, buffer);
        stats.count++;
        stats.bytes += 4;
      }
      if (buffer) {
        // external: tfjs never hands the shared buffer back to its pool when the tensor is disposed.
        data.resource = buffer;
        data.external = true;
        data.values = null as unknown as TensorData['values'];
        return;
      }
    }
    const bytes = 4 * (data.values as ArrayLike<number>).length;
    stats.count++;
    stats.bytes += bytes;
    if (!writeBuffer) {
      stockUpload(dataId);
      return;
    }
    // Safe against reuse: tfjs returns a buffer to its pool only after the commands using it were submitted,
    // and writeBuffer is ordered after every submitted command.
    const buffer = backend.bufferManager.acquireBuffer(
      bytes,
      GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
    );
    backend.queue.writeBuffer(buffer, 0, asDeviceArray(data));
    data.resource = buffer;
    data.values = null as unknown as TensorData['values'];
  };
  return backend;
}

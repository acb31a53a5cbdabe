/**
 * The webgpu patches reach into private members of tfjs-backend-webgpu's WebGPUBackend: webgpu-dispatch.ts
 * records into its command encoder and compute pass, webgpu-counters.ts wraps recordAndSubmit and
 * submitQueue, webgpu-uploads.ts replaces uploadToGPU and reads tensorMap. Any tfjs release may change
 * those, so every @tensorflow/tfjs* dependency is pinned to this exact version (package.json, no range),
 * and the patches check the running version here before they touch anything: an upgrade fails loudly in
 * one place instead of corrupting a training run.
 */
import * as tf from '@tensorflow/tfjs';
import webgpuPackage from '@tensorflow/tfjs-backend-webgpu/package.json' with { type: 'json' };
import { DestsegError } from '../errors.ts';

/** The tfjs version the private-member patches were written and tested against. */
export const TFJS_INTERNALS_VERSION = '4.22.0';

export interface TfjsVersions {
  'tfjs-core': string;
  'tfjs-backend-webgpu': string;
}

/** The versions of the tfjs packages the patches touch, as loaded. */
export function runningTfjsVersions(): TfjsVersions {
  return { 'tfjs-core': tf.version_core, 'tfjs-backend-webgpu': webgpuPackage.version };
}

/** Throws CONFIG_INVALID unless every package in `versions` is TFJS_INTERNALS_VERSION. */
export function checkTfjsInternalsVersion(versions: TfjsVersions = runningTfjsVersions()): void {
  for (const [name, version] of Object.entries(versions)) {
    if (version !== TFJS_INTERNALS_VERSION) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `@tensorflow/${name} is ${version}, but the webgpu patches use private internals of ${TFJS_INTERNALS_VERSION}: ` +
          `check backend/webgpu-dispatch.ts, webgpu-counters.ts and webgpu-uploads.ts against the new version, ` +
          `then update TFJS_INTERNALS_VERSION and the pinned versions in package.json`,
      );
    }
  }
}

let checked = false;

/** checkTfjsInternalsVersion once per process (the patches call it before each use of the internals). */
export function assertTfjsInternals(): void {
  if (checked) return;
  checkTfjsInternalsVersion();
  checked = true;
}

/**
 * The webgpu speed patches (docs/PERFORMANCE.md): each one can be switched off to measure it against stock
 * tfjs-backend-webgpu 4.22.0. The gradients that act on every backend have their own switch
 * (DESTSEG_DEVICE_GRADIENTS, backend/device-gradients.ts).
 */
import { DestsegError } from '../errors.ts';

const PATCHES = [
  'conv-filter',
  'fused-batchnorm',
  'fused-cosine',
  'fused-sgd',
  'fused-seg-loss',
  'device-constants',
  'write-buffer-uploads',
] as const;
export type SpeedPatch = (typeof PATCHES)[number];

/**
 * DESTSEG_WEBGPU_PATCHES = all (default) | none | a comma list of patch names, read when a backend is
 * selected: a benchmark can then measure each patch against stock tfjs.
 */
export function enabledPatches(value = process.env.DESTSEG_WEBGPU_PATCHES): ReadonlySet<SpeedPatch> {
  const text = value === undefined || value === '' ? 'all' : value;
  if (text === 'all') return new Set(PATCHES);
  if (text === 'none') return new Set();
  const names = text.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(PATCHES as readonly string[]).includes(name)) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `DESTSEG_WEBGPU_PATCHES: unknown patch '${name}'; expected all, none or a list of ${PATCHES.join(', ')}`,
      );
    }
  }
  return new Set(names as SpeedPatch[]);
}

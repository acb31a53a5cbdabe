/**
 * 8-connected labelling of binary masks (two-pass union-find). Labels are unique across images, as
 * anomalib's `connected_components_cpu` (cv2, connectivity 8) numbers them: 1..count in image order,
 * then raster order of each component's first pixel; 0 is background. Unlike the official GPU path
 * (kornia max-pool propagation capped at 1000 iterations) very long components are never split.
 */
import { DestsegError } from '../errors.ts';

export interface ComponentLabels {
  /** One label per pixel of all masks concatenated: 0 = background, 1..count = component. */
  readonly labels: Int32Array;
  readonly count: number;
}

function findRoot(parent: Int32Array, i: number): number {
  let x = i;
  while (parent[x] !== x) {
    const grand = parent[parent[x] as number] as number;
    parent[x] = grand; // path halving keeps the trees flat
    x = grand;
  }
  return x;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  // The smaller index becomes the root, so a root is always its component's first raster pixel.
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/** Labels the 8-connected components of every mask (non-zero = foreground), H×W row-major each. */
export function labelComponents(
  masks: readonly Uint8Array[],
  width: number,
  height: number,
): ComponentLabels {
  const size = width * height;
  const labels = new Int32Array(size * masks.length);
  const parent = new Int32Array(size);
  let count = 0;
  for (let m = 0; m < masks.length; m++) {
    const mask = masks[m] as Uint8Array;
    if (mask.length !== size) {
      throw new DestsegError(
        'DATASET_INVALID',
        `mask ${m} has ${mask.length} pixels, expected ${width}×${height}`,
      );
    }
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        if (mask[i] === 0) continue;
        parent[i] = i;
        // Only the already visited neighbours: west, north-west, north, north-east.
        if (x > 0 && mask[i - 1] !== 0) union(parent, i, i - 1);
        if (y > 0) {
          const up = i - width;
          if (x > 0 && mask[up - 1] !== 0) union(parent, i, up - 1);
          if (mask[up] !== 0) union(parent, i, up);
          if (x < width - 1 && mask[up + 1] !== 0) union(parent, i, up + 1);
        }
      }
    }
    const offset = m * size;
    for (let i = 0; i < size; i++) {
      if (mask[i] === 0) continue;
      const root = findRoot(parent, i);
      // Roots precede their members in raster order, so a root's label is set before it is read.
      labels[offset + i] = root === i ? ++count : (labels[offset + root] as number);
    }
  }
  return { labels, count };
}

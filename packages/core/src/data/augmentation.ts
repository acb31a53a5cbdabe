/**
 * Per-category geometric augmentation of the official code (spec §2): applied to the resized clean
 * image before the synthetic anomaly, bilinear, exposed corners filled with grey 114.
 */

import type { RgbImage } from '../image/rgb-image.ts';
import { rotateRgbPil } from '../image/rotate.ts';
import type { Rng } from '../random/rng.ts';

export type AugmentationGroup = 'none' | 'slight' | 'full';

const GROUPS: Readonly<Record<string, AugmentationGroup>> = {
  capsule: 'none',
  metal_nut: 'none',
  pill: 'none',
  toothbrush: 'none',
  transistor: 'none',
  wood: 'slight',
  zipper: 'slight',
  cable: 'slight',
  bottle: 'full',
  grid: 'full',
  hazelnut: 'full',
  leather: 'full',
  tile: 'full',
  carpet: 'full',
  screw: 'full',
};

/** The rotation group of an MVTec category name; unknown categories are not rotated. */
export function augmentationGroupFor(categoryName: string): AugmentationGroup {
  return Object.hasOwn(GROUPS, categoryName) ? (GROUPS[categoryName] as AugmentationGroup) : 'none';
}

/** full: rotate by one of {0, 90, 180, 270}, then by U(−5°, 5°); slight: U(−5°, 5°) only; none: `img` itself. */
export function augment(img: RgbImage, group: AugmentationGroup, rng: Rng): RgbImage {
  if (group === 'none') return img;
  // Two separate PIL rotations, as in the official dataset code.
  const quarter = group === 'full' ? rotateRgbPil(img, 90 * rng.int(4)) : img;
  return rotateRgbPil(quarter, rng.range(-5, 5));
}

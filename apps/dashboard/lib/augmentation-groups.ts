/** The rotation augmentation groups a category can train with (schema: AugmentationGroup), as the dashboard names them. */
import type { AugmentationGroup } from './graphql/generated/graphql.ts';

export const AUGMENTATION_LABELS: Record<AugmentationGroup, string> = {
  NONE: 'none',
  SLIGHT: 'slight: ±5°',
  FULL: 'full: quarter turns and ±5°',
};

export const AUGMENTATION_GROUPS = Object.keys(AUGMENTATION_LABELS) as AugmentationGroup[];

/**
 * The fingerprint of an inspect request that a clientToken stands for: the category, the image bytes and
 * the part, lot and station ids. The same token with another fingerprint is a different request (CONFLICT),
 * not a replay.
 */
import { createHash } from 'node:crypto';

export interface InspectRequestFields {
  category: string;
  partId?: string | null | undefined;
  lotId?: string | null | undefined;
  stationId?: string | null | undefined;
}

/** `imageSha256`: the sha256 (hex) of the decoded image bytes (base64-image.ts). */
export function inspectRequestHash(input: InspectRequestFields, imageSha256: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        input.category,
        imageSha256,
        input.partId ?? null,
        input.lotId ?? null,
        input.stationId ?? null,
      ]),
    )
    .digest('hex');
}

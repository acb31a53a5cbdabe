/**
 * The fingerprint of an inspect request that a clientToken stands for: the category, the image bytes and
 * the part, lot and station ids. The same token with another fingerprint is a different request (CONFLICT),
 * not a replay.
 */
import { createHash } from 'node:crypto';
import { base64Payload } from './image-input.ts';

export interface InspectRequestFields {
  category: string;
  imageBase64: string;
  partId?: string | null | undefined;
  lotId?: string | null | undefined;
  stationId?: string | null | undefined;
}

export function inspectRequestHash(input: InspectRequestFields): string {
  const image = createHash('sha256').update(Buffer.from(base64Payload(input.imageBase64), 'base64'));
  return createHash('sha256')
    .update(
      JSON.stringify([
        input.category,
        image.digest('hex'),
        input.partId ?? null,
        input.lotId ?? null,
        input.stationId ?? null,
      ]),
    )
    .digest('hex');
}

/**
 * GET /heatmaps/<key>-image.png, -heatmap.png and -overlay.png: an inspection's PNGs, by their random key
 * (drawn from the inspection's stored upload and map the first time, see inspection-file-store.ts).
 */
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { InspectionFileStore, InspectionImageKind } from '../services/inspection-file-store.ts';

const FILE = /^([0-9a-f-]{36})-(image|heatmap|overlay)\.png$/;

export function inspectionImageRoute(store: InspectionFileStore, log: (message: string) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    const match = FILE.exec(String(req.params.file));
    let stream: Awaited<ReturnType<InspectionFileStore['read']>>;
    try {
      stream = match ? await store.read(match[1] as string, match[2] as InspectionImageKind) : undefined;
    } catch (error) {
      log(`inspection image ${req.params.file}: ${error instanceof Error ? error.message : error}`);
      res.status(500).json({ error: 'the inspection image could not be drawn' });
      return;
    }
    if (!stream) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.type('png');
    res.set('Cache-Control', 'private, max-age=31536000, immutable');
    try {
      await pipeline(stream, res);
    } catch {
      // A file that vanished mid-read or a client that went away: nothing more to send.
      if (!res.headersSent) res.status(404).json({ error: 'not found' });
      else res.destroy();
    }
  };
}

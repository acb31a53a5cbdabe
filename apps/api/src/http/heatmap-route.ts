/** GET /heatmaps/<key>-image.png, -heatmap.png and -overlay.png: an inspection's PNGs, by their random key. */
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { HeatmapKind, HeatmapStore } from '../services/heatmap-store.ts';

const FILE = /^([0-9a-f-]{36})-(image|heatmap|overlay)\.png$/;

export function heatmapRoute(store: HeatmapStore) {
  return async (req: Request, res: Response): Promise<void> => {
    const match = FILE.exec(String(req.params.file));
    const stream = match && (await store.read(match[1] as string, match[2] as HeatmapKind));
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

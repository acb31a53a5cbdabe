/** GET /heatmaps/<key>-image.png, -heatmap.png and -overlay.png: an inspection's PNGs, by their random key. */
import type { Request, Response } from 'express';
import type { HeatmapKind, HeatmapStore } from '../services/heatmap-store.ts';

const FILE = /^([0-9a-f-]{36})-(image|heatmap|overlay)\.png$/;

export function heatmapRoute(store: HeatmapStore) {
  return (req: Request, res: Response): void => {
    const match = FILE.exec(String(req.params.file));
    if (!match) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.type('png');
    res.set('Cache-Control', 'private, max-age=31536000, immutable');
    res.sendFile(store.path(match[1] as string, match[2] as HeatmapKind), (error) => {
      if (error && !res.headersSent) res.status(404).json({ error: 'not found' });
    });
  };
}

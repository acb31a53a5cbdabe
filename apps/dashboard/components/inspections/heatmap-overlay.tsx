'use client';

import { useState } from 'react';

/** The inspected image with its anomaly heatmap on top; the slider sets the heatmap's opacity. */
export function HeatmapOverlay({
  imageUrl,
  heatmapUrl,
  alt,
}: {
  imageUrl: string;
  heatmapUrl: string;
  alt: string;
}) {
  const [opacity, setOpacity] = useState(0.6);
  return (
    <div>
      <div className="overlay-stack">
        {/* biome-ignore lint/performance/noImgElement: API-served PNGs of any origin; next/image has nothing to optimize */}
        <img src={imageUrl} alt={alt} data-testid="inspected-image" />
        {/* biome-ignore lint/performance/noImgElement: as above */}
        <img src={heatmapUrl} alt={`${alt} heatmap`} style={{ opacity }} data-testid="heatmap-image" />
      </div>
      <label className="row" style={{ flexDirection: 'row', marginTop: '0.5rem' }}>
        Heatmap opacity
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={opacity}
          onChange={(e) => setOpacity(Number(e.target.value))}
          aria-label="Heatmap opacity"
        />
        <span>{Math.round(opacity * 100)}%</span>
      </label>
    </div>
  );
}

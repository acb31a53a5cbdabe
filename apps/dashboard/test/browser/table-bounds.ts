/**
 * Finds table cells a reader cannot see whole: a cell whose right edge lies beyond its scroll container
 * (the nearest ancestor that clips horizontally) or beyond the viewport. Measured from element bounds in
 * the page, so it holds for every table whatever its content.
 */
import type { Page } from 'playwright-core';

export interface ClippedCell {
  table: string;
  cell: string;
  right: number;
  limit: number;
}

// Plain source text: the test's TypeScript transform would wrap named functions in a helper the page lacks.
const FIND_CLIPPED_CELLS = `(() => {
  const clipped = [];
  const viewport = document.documentElement.clientWidth;
  for (const table of document.querySelectorAll('table')) {
    let clipper = null;
    for (let node = table.parentElement; node && !clipper; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') clipper = node;
    }
    const limit = Math.min(viewport, clipper ? clipper.getBoundingClientRect().right : viewport);
    const owner = table.closest('[data-testid]');
    const name = table.getAttribute('data-testid') || (owner && owner.getAttribute('data-testid')) || 'table';
    for (const cell of table.querySelectorAll('th, td')) {
      const right = cell.getBoundingClientRect().right;
      // Half a pixel of sub-pixel rounding is not clipping.
      if (right > limit + 0.5) {
        clipped.push({
          table: name,
          cell: (cell.textContent || '').trim().slice(0, 40),
          right: Math.round(right),
          limit: Math.round(limit),
        });
      }
    }
  }
  return clipped;
})()`;

export function clippedTableCells(page: Page): Promise<ClippedCell[]> {
  return page.evaluate<ClippedCell[]>(FIND_CLIPPED_CELLS);
}

/** True when the page itself scrolls sideways (something is wider than the viewport). */
export function pageOverflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    '(document.documentElement.scrollWidth > document.documentElement.clientWidth)',
  );
}

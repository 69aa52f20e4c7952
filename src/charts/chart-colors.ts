/**
 * Diagonal hatching over a fill, for the chart drawn on a canvas (the
 * downloadable picture), as the HTML chart hatches its derived segment in CSS:
 * a second way, besides colour, to tell the editors' calculation apart. Falls
 * back to the plain fill where a canvas is unavailable.
 */
export function hatch(fill: string, stripes: string, pixelRatio = 1): CanvasPattern | string {
  if (typeof document === 'undefined') return fill;
  const size = Math.max(1, Math.round(8 * pixelRatio));
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return fill;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = stripes;
  ctx.lineWidth = Math.max(1, 1.5 * pixelRatio);
  ctx.beginPath();
  // Three strokes so the stripes meet across tile edges.
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? fill;
}

/**
 * Sizes a canvas's backing store for a CSS size at the current device pixel ratio, so lines and
 * text are crisp on high-DPI screens, and returns the ratio to scale drawing by. The ratio is read
 * at draw time: it changes when the window moves between screens or the page is zoomed. The store
 * is reallocated only when its size really changes.
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): number {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  return dpr;
}

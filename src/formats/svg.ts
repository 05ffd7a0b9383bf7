/**
 * A static flame graph (icicle: root on top) as SVG. Every name is escaped, so a function named
 * `<script>` is text in the picture, never markup; each frame carries a <title> tooltip.
 */
import { CallTree } from '../tree/callTree';
import { layoutFlame, nameHue } from '../layout/flameLayout';
import { escapeXml } from './escape';

export interface SvgOptions {
  width?: number;
  rowHeight?: number;
  title?: string;
  /** Formats a value for tooltips (default: the plain number). */
  format?: (value: number) => string;
}

const CHAR_PX = 7;

export function treeToSvg(tree: CallTree, opts: SvgOptions = {}): string {
  const width = opts.width ?? 1200;
  const rowH = opts.rowHeight ?? 18;
  const top = opts.title ? 28 : 4;
  const fmt = opts.format ?? ((v: number) => String(v));
  const total = tree.total[0] || 1;
  const scale = width / total;
  const { start } = layoutFlame(tree);
  let maxDepthDrawn = 0;
  const parts: string[] = [];
  for (let i = 0; i < tree.count; i++) {
    const w = tree.total[i] * scale;
    if (w < 0.3) {
      i = tree.end[i] - 1;
      continue;
    }
    const d = tree.depth[i];
    maxDepthDrawn = Math.max(maxDepthDrawn, d);
    const x = start[i] * scale;
    const y = top + d * rowH;
    const name = tree.names[tree.nameId[i]];
    const pct = ((tree.total[i] / total) * 100).toFixed(2);
    const label = w > 3 * CHAR_PX ? fitLabel(name, Math.floor((w - 6) / CHAR_PX)) : '';
    parts.push(
      `<g><title>${escapeXml(`${name}\ntotal ${fmt(tree.total[i])} (${pct}%), self ${fmt(tree.self[i])}`)}</title>` +
        `<rect x="${x.toFixed(2)}" y="${y}" width="${Math.max(w - 0.5, 0.1).toFixed(2)}" height="${rowH - 1}" fill="hsl(${nameHue(name)},60%,68%)" rx="1"/>` +
        (label ? `<text x="${(x + 3).toFixed(2)}" y="${y + rowH - 5}">${escapeXml(label)}</text>` : '') +
        '</g>'
    );
  }
  const height = top + (maxDepthDrawn + 1) * rowH + 4;
  const title = opts.title
    ? `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14">${escapeXml(opts.title)}</text>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace" font-size="12">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${title}${parts.join('')}</svg>\n`
  );
}

function fitLabel(name: string, chars: number): string {
  if (name.length <= chars) {
    return name;
  }
  return chars <= 2 ? '' : `${name.slice(0, chars - 1)}…`;
}

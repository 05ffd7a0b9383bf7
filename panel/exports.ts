/**
 * Exports of what the panel shows (the zoomed subtree when zoomed), each as a file: SVG, a
 * standalone HTML viewer, flame bearer JSON, folded stacks, and pprof — the full merged profile
 * from the Flamelens datasource when it can give one (every stack, not the truncated tree),
 * otherwise written from the tree.
 */
import { CallTree } from '../src/tree/callTree';
import { focusSubtree } from '../src/tree/transform';
import { EXPORT_FORMATS, exportFileName } from '../src/formats/exports';
import { pprofSampleTypeOf } from '../src/units';

/** What the export menu offers: an image of the canvas, and the registry's file formats. */
export const PANEL_EXPORTS = ['png', 'svg', 'html', 'flamebearer', 'folded', 'pprof'] as const;
export type ExportFormat = (typeof PANEL_EXPORTS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  png: 'PNG image',
  svg: EXPORT_FORMATS.svg.label,
  html: EXPORT_FORMATS.html.label,
  flamebearer: EXPORT_FORMATS.flamebearer.label,
  folded: EXPORT_FORMATS.folded.label,
  pprof: EXPORT_FORMATS.pprof.label,
};

export interface ExportFile {
  name: string;
  type: string;
  data: BlobPart;
}

/** The tree an export holds: the zoomed node's subtree (with its path), or everything. */
export function exportedTree(tree: CallTree, zoom: number): CallTree {
  return zoom > 0 ? focusSubtree(tree, zoom) : tree;
}

/** A tree as a file of a registry format; `unit` is the frame's Grafana unit. */
export function exportFile(
  tree: CallTree,
  format: Exclude<ExportFormat, 'png'>,
  title: string,
  unit?: string
): ExportFile {
  const spec = EXPORT_FORMATS[format];
  const data = spec.write({ tree, title, sampleType: pprofSampleTypeOf(unit) });
  return {
    name: exportFileName(title, spec.extension),
    type: spec.mime,
    data: typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>),
  };
}

/** Starts a browser download of a file. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.data], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Exports of what the panel shows (the zoomed subtree when zoomed), each as a file: SVG, a
 * standalone HTML viewer, flame bearer JSON, folded stacks, and pprof — the full merged profile
 * from the Flamelens datasource when it can give one (every stack, not the truncated tree),
 * otherwise written from the tree. Loaded on the first export (a lazy chunk).
 */
import { CallTree } from '../src/tree/callTree';
import { focusSubtree } from '../src/tree/transform';
import { EXPORT_WRITERS } from '../src/formats/exports';
import { EXPORT_FORMAT_INFO, exportFileName } from '../src/formats/exportFormats';
import type { ExportFile, ExportFormat } from './exportMenu';
import { pprofSampleTypeOf } from '../src/units';

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
  const data = EXPORT_WRITERS[format]({ tree, title, sampleType: pprofSampleTypeOf(unit) });
  return {
    name: exportFileName(title, format),
    type: EXPORT_FORMAT_INFO[format].mime,
    data: typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>),
  };
}

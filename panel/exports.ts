/**
 * Exports of what the panel shows (the zoomed subtree when zoomed), each as a file: SVG, a
 * standalone HTML viewer, flame bearer JSON, folded stacks, and pprof — the full merged profile
 * from the Flamelens datasource when it can give one (every stack, not the truncated tree),
 * otherwise written from the tree.
 */
import { CallTree } from '../src/tree/callTree';
import { focusSubtree } from '../src/tree/transform';
import { treeToSvg } from '../src/formats/svg';
import { treeToHtml } from '../src/formats/html';
import { treeToFlamebearer } from '../src/formats/flamebearer';
import { printFolded } from '../src/formats/folded';
import { encodeTreeAsPprof } from '../src/pprof/encode';

export type ExportFormat = 'png' | 'svg' | 'html' | 'json' | 'folded' | 'pprof';

export interface ExportFile {
  name: string;
  type: string;
  data: BlobPart;
}

/** The tree an export holds: the zoomed node's subtree (with its path), or everything. */
export function exportedTree(tree: CallTree, zoom: number): CallTree {
  return zoom > 0 ? focusSubtree(tree, zoom) : tree;
}

const UNIT_NAMES: Record<string, [string, string]> = { ns: ['cpu', 'nanoseconds'], bytes: ['space', 'bytes'] };

export function exportFile(
  tree: CallTree,
  format: Exclude<ExportFormat, 'png'>,
  title: string,
  unit?: string
): ExportFile {
  const base = title.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'profile';
  switch (format) {
    case 'svg':
      return { name: `${base}.svg`, type: 'image/svg+xml', data: treeToSvg(tree, { title }) };
    case 'html':
      return { name: `${base}.html`, type: 'text/html', data: treeToHtml(tree, { title, unit }) };
    case 'json':
      return {
        name: `${base}.json`,
        type: 'application/json',
        data: JSON.stringify({
          version: 1,
          flamebearer: treeToFlamebearer(tree),
          metadata: { format: 'single', units: unit ?? '' },
        }),
      };
    case 'folded':
      return { name: `${base}.folded.txt`, type: 'text/plain', data: printFolded(tree) };
    case 'pprof': {
      const [type, u] = UNIT_NAMES[unit ?? ''] ?? ['samples', 'count'];
      return {
        name: `${base}.pb.gz`,
        type: 'application/octet-stream',
        data: encodeTreeAsPprof(tree, { type, unit: u }) as Uint8Array<ArrayBuffer>,
      };
    }
  }
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

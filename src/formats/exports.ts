/**
 * The writer of every export format (their ids, labels and extensions: ./exportFormats.ts), used
 * by the CLI (`flamelens convert --to <id>`) and the panel's export menu alike.
 */
import { CallTree } from '../tree/callTree';
import { grafanaUnit } from '../units';
import { encodeTreeAsPprof } from '../pprof/encode';
import { treeToNestedSetFrame } from '../frames/nestedSet';
import { treeToFlamebearer } from './flamebearer';
import { parseFolded, printFolded } from './folded';
import { mergeTrees } from '../tree/transform';
import { treeToHtml } from './html';
import { treeToSpeedscope } from './speedscope';
import { treeToSvg } from './svg';
import type { ExportFormatId } from './exportFormats';

export interface ExportInput {
  tree: CallTree;
  /** Shown in the file (SVG and HTML titles, speedscope's profile name) and named after. */
  title: string;
  /** What the values are, as pprof names them ({ type: 'cpu', unit: 'nanoseconds' }). */
  sampleType: { type: string; unit: string };
}

export type ExportWriter = (input: ExportInput) => string | Uint8Array;

/** The frame that holds, in stack formats, time the root holds itself. */
export const NO_FRAME = '(no frame shown)';

/**
 * Stack formats (pprof, folded, speedscope) write a sample per frame with time of its own: time
 * the root holds itself — stacks whose every frame a filter hid, samples with no frames — would be
 * dropped, and the file would add up to less than the graph. It goes under a frame of its own.
 */
export function rootSelfAsFrame(tree: CallTree): CallTree {
  if (tree.self[0] <= 0) {
    return tree;
  }
  const self = Float64Array.from(tree.self);
  self[0] = 0;
  return mergeTrees([{ ...tree, self }, parseFolded(`${NO_FRAME} ${tree.self[0]}\n`).tree]);
}

export const EXPORT_WRITERS: Record<ExportFormatId, ExportWriter> = {
  pprof: ({ tree, sampleType }) => encodeTreeAsPprof(rootSelfAsFrame(tree), sampleType),
  folded: ({ tree }) => printFolded(rootSelfAsFrame(tree)),
  flamebearer: ({ tree, sampleType }) =>
    JSON.stringify({
      version: 1,
      flamebearer: treeToFlamebearer(tree),
      metadata: { format: 'single', units: sampleType.unit },
    }) + '\n',
  frame: ({ tree, sampleType }) =>
    JSON.stringify(treeToNestedSetFrame(tree, { unit: grafanaUnit(sampleType.unit) })) + '\n',
  speedscope: ({ tree, title, sampleType }) =>
    treeToSpeedscope(rootSelfAsFrame(tree), { unit: sampleType.unit, name: title }) + '\n',
  svg: ({ tree, title }) => treeToSvg(tree, { title }),
  html: ({ tree, title, sampleType }) => treeToHtml(tree, { title, unit: sampleType.unit }),
};

/**
 * The writer of every export format (their ids, labels and extensions: ./exportFormats.ts), used
 * by the CLI (`flamelens convert --to <id>`) and the panel's export menu alike.
 */
import { CallTree } from '../tree/callTree';
import { grafanaUnit } from '../units';
import { encodeTreeAsPprof } from '../pprof/encode';
import { treeToNestedSetFrame } from '../frames/nestedSet';
import { treeToFlamebearer } from './flamebearer';
import { printFolded } from './folded';
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

export const EXPORT_WRITERS: Record<ExportFormatId, ExportWriter> = {
  pprof: ({ tree, sampleType }) => encodeTreeAsPprof(tree, sampleType),
  folded: ({ tree }) => printFolded(tree),
  flamebearer: ({ tree, sampleType }) =>
    JSON.stringify({
      version: 1,
      flamebearer: treeToFlamebearer(tree),
      metadata: { format: 'single', units: sampleType.unit },
    }) + '\n',
  frame: ({ tree, sampleType }) =>
    JSON.stringify(treeToNestedSetFrame(tree, { unit: grafanaUnit(sampleType.unit) })) + '\n',
  speedscope: ({ tree, title, sampleType }) => treeToSpeedscope(tree, { unit: sampleType.unit, name: title }) + '\n',
  svg: ({ tree, title }) => treeToSvg(tree, { title }),
  html: ({ tree, title, sampleType }) => treeToHtml(tree, { title, unit: sampleType.unit }),
};

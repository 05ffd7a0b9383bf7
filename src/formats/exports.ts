/**
 * Every format a tree can be exported to, in one registry the CLI (`flamelens convert --to <id>`)
 * and the panel's export menu both use, so a format has one id, one file extension and one writer.
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

export interface ExportInput {
  tree: CallTree;
  /** Shown in the file (SVG and HTML titles, speedscope's profile name) and named after. */
  title: string;
  /** What the values are, as pprof names them ({ type: 'cpu', unit: 'nanoseconds' }). */
  sampleType: { type: string; unit: string };
}

interface ExportFormatSpec {
  label: string;
  /** File name ending, dot included. */
  extension: string;
  mime: string;
  write(input: ExportInput): string | Uint8Array;
}

export const EXPORT_FORMATS = {
  pprof: {
    label: 'pprof',
    extension: '.pb.gz',
    mime: 'application/octet-stream',
    write: ({ tree, sampleType }) => encodeTreeAsPprof(tree, sampleType),
  },
  folded: {
    label: 'Folded stacks',
    extension: '.folded.txt',
    mime: 'text/plain',
    write: ({ tree }) => printFolded(tree),
  },
  flamebearer: {
    label: 'JSON (flame bearer)',
    extension: '.json',
    mime: 'application/json',
    write: ({ tree, sampleType }) =>
      JSON.stringify({
        version: 1,
        flamebearer: treeToFlamebearer(tree),
        metadata: { format: 'single', units: sampleType.unit },
      }) + '\n',
  },
  frame: {
    label: "Grafana data frame (Grafana's nested-set flame graph)",
    extension: '.frame.json',
    mime: 'application/json',
    write: ({ tree, sampleType }) =>
      JSON.stringify(treeToNestedSetFrame(tree, { unit: grafanaUnit(sampleType.unit) })) + '\n',
  },
  speedscope: {
    label: 'speedscope',
    extension: '.speedscope.json',
    mime: 'application/json',
    write: ({ tree, title, sampleType }) => treeToSpeedscope(tree, { unit: sampleType.unit, name: title }) + '\n',
  },
  svg: {
    label: 'SVG (vector)',
    extension: '.svg',
    mime: 'image/svg+xml',
    write: ({ tree, title }) => treeToSvg(tree, { title }),
  },
  html: {
    label: 'Interactive HTML',
    extension: '.html',
    mime: 'text/html',
    write: ({ tree, title, sampleType }) => treeToHtml(tree, { title, unit: sampleType.unit }),
  },
} satisfies Record<string, ExportFormatSpec>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

export function isExportFormat(id: string): id is ExportFormatId {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, id);
}

/**
 * A safe file name for a title: runs of anything but letters, digits, dot, dash and underscore
 * become one underscore; at most 60 characters before the extension.
 */
export function exportFileName(title: string, extension: string): string {
  const base = title.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'profile';
  return `${base}${extension}`;
}

/**
 * The export menu: what it offers (an image of the canvas, and the file formats of
 * src/formats/exportFormats.ts) and how a file reaches the user. The writers load on first use
 * (./exports.ts, a lazy chunk), so every dashboard load does not carry them.
 */
import { EXPORT_FORMAT_INFO } from '../src/formats/exportFormats';

export const PANEL_FILE_FORMATS = ['svg', 'html', 'flamebearer', 'folded', 'pprof'] as const;
export type ExportFormat = 'png' | (typeof PANEL_FILE_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  png: 'PNG image',
  ...(Object.fromEntries(PANEL_FILE_FORMATS.map((f) => [f, EXPORT_FORMAT_INFO[f].label])) as Record<
    (typeof PANEL_FILE_FORMATS)[number],
    string
  >),
};

export interface ExportFile {
  name: string;
  type: string;
  data: BlobPart;
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

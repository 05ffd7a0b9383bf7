/**
 * The export formats a tree can be written to — id, menu label, file extension and MIME type —
 * apart from their writers (./exports.ts), so a menu can list them without bundling the writers.
 */
export const EXPORT_FORMAT_INFO = {
  pprof: { label: 'pprof', extension: '.pb.gz', mime: 'application/octet-stream' },
  folded: { label: 'Folded stacks', extension: '.folded.txt', mime: 'text/plain' },
  flamebearer: { label: 'JSON (flame bearer)', extension: '.json', mime: 'application/json' },
  frame: {
    label: "Grafana data frame (Grafana's nested-set flame graph)",
    extension: '.frame.json',
    mime: 'application/json',
  },
  speedscope: { label: 'speedscope', extension: '.speedscope.json', mime: 'application/json' },
  svg: { label: 'SVG (vector)', extension: '.svg', mime: 'image/svg+xml' },
  html: { label: 'Interactive HTML', extension: '.html', mime: 'text/html' },
} as const;

export type ExportFormatId = keyof typeof EXPORT_FORMAT_INFO;

/** The ids, in the table's order. */
export function exportFormatIds(): ExportFormatId[] {
  return Object.keys(EXPORT_FORMAT_INFO) as ExportFormatId[];
}

export function isExportFormat(id: string): id is ExportFormatId {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMAT_INFO, id);
}

/**
 * A safe file name for a title: runs of anything but letters, digits, dot, dash and underscore
 * become one underscore; at most 60 characters before the format's extension.
 */
export function exportFileName(title: string, format: ExportFormatId | { extension: string }): string {
  const base = title.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'profile';
  const extension = typeof format === 'string' ? EXPORT_FORMAT_INFO[format].extension : format.extension;
  return `${base}${extension}`;
}

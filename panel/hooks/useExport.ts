/**
 * Exports of what the panel shows. PNG is the flame graph canvas as drawn; pprof is the
 * datasource's full merged profile when nothing is zoomed, hidden or replaced (every stack, not the
 * truncated tree), otherwise written from the tree; the other formats come from the tree.
 */
import { useCallback, type RefObject } from 'react';
import type { PanelData } from '@grafana/data';
import type { CallTree } from '../../src/tree/callTree';
import { download, type ExportFormat } from '../exportMenu';
import { profilesSource } from '../profilesDatasource';
import { exportFileName } from '../../src/formats/exportFormats';

export interface ExportContext {
  /** Undefined while there is nothing to export. */
  tree: CallTree | undefined;
  zoom: number;
  unit?: string;
  /** Names the file (the panel's title with its variables replaced, as the panel header shows it). */
  title: string;
  /** Whether the tree is the query's whole profile as the datasource has it. */
  isWholeProfile: boolean;
  data: PanelData;
  canvas: RefObject<HTMLCanvasElement>;
}

export function useExport(ctx: ExportContext): (format: ExportFormat) => Promise<void> {
  const { tree, zoom, unit, title, isWholeProfile, data, canvas } = ctx;
  return useCallback(
    async (format: ExportFormat) => {
      if (!tree) {
        return;
      }
      if (format === 'png') {
        canvas.current?.toBlob(
          (b) => b && download({ name: exportFileName(title, { extension: '.png' }), type: 'image/png', data: b })
        );
        return;
      }
      if (format === 'pprof' && isWholeProfile && zoom === 0) {
        try {
          const bytes = await (await profilesSource(data))?.downloadProfile();
          if (bytes) {
            const name = exportFileName(title, { extension: '.pb' });
            download({ name, type: 'application/octet-stream', data: bytes as Uint8Array<ArrayBuffer> });
            return;
          }
        } catch {
          // Fall back to the tree below.
        }
      }
      // The writers load on the first export, not with every dashboard.
      const { exportFile, exportedTree } = await import('../exports');
      download(exportFile(exportedTree(tree, zoom), format, title, unit));
    },
    [tree, zoom, unit, title, isWholeProfile, data, canvas]
  );
}

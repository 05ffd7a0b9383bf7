/**
 * A profile file dropped on the panel (pprof, folded stacks or flame bearer JSON), read into the
 * panel's data; an unreadable file becomes a message naming the file and what is wrong with it.
 */
import type React from 'react';
import type { ProfileData } from './profileData';
import type { FunctionDetails } from '../src/pprof/functionDetails';

/** Data that replaces the query's: a dropped file, a truncated subtree fetched in full, one exemplar's profile. */
export interface Override {
  label: string;
  data: ProfileData;
  /** A dropped pprof's sample types, the one shown, and the same file shown as another. */
  sampleTypes?: { names: string[]; shown: number; show: (index: number) => Override };
  /** One profile or span out of the query's (an exemplar's): "Back to merged view", and its trace. */
  single?: { traceUrl?: string };
  /** A dropped pprof's function details, read from the file itself (its lines; it has no source). */
  details?: (name: string) => FunctionDetails | undefined;
}

/** What a dropped file does: its profile replaces the data (unzoomed), or its error is the notice. */
export function showDropped(
  setOverride: (o: Override) => void,
  setZoomPath: (path: string[]) => void,
  setNotice: (n: { text: string; severity: 'error' } | undefined) => void
): (r: Override | { error: string }) => void {
  return (r) => {
    setNotice('error' in r ? { text: r.error, severity: 'error' } : undefined);
    if (!('error' in r)) {
      setZoomPath([]);
      setOverride(r);
    }
  };
}

/** Props that make an element take a dropped profile file; `onRead` gets it read, or the error. */
export function fileDropProps(onRead: (r: Override | { error: string }) => void) {
  return {
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer.files?.[0];
      // The readers (pprof, gzip, folded, flame bearer) load on the first drop, not with every dashboard.
      void file
        ?.arrayBuffer()
        .then(async (buf) =>
          onRead((await import('./droppedFileReader')).readDroppedFile(file.name, new Uint8Array(buf)))
        );
    },
    'data-testid': 'flamelens-panel',
  };
}

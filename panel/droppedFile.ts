/**
 * A profile file dropped on the panel (pprof, folded stacks or flame bearer JSON), read into the
 * panel's data; an unreadable file becomes a message naming the file and what is wrong with it.
 */
import type React from 'react';
import { loadProfile } from '../src/formats/load';
import { pprofToTree, resolveSampleType } from '../src/pprof/toTree';
import { isFlamelensError } from '../src/errors';
import { grafanaUnit } from '../src/units';
import type { ProfileData } from './profileData';

/** Data that replaces the query's: a dropped file, or a truncated subtree fetched in full. */
export interface Override {
  label: string;
  data: ProfileData;
}

export function readDroppedFile(name: string, bytes: Uint8Array): Override | { error: string } {
  try {
    const loaded = loadProfile(bytes);
    const label = `${name} (dropped file)`;
    if (loaded.format === 'pprof') {
      const t = resolveSampleType(loaded.profile);
      const unit = grafanaUnit(loaded.profile.sampleTypes[t].unit);
      return { label, data: { kind: 'single', side: { tree: pprofToTree(loaded.profile, { sampleType: t }) }, unit } };
    }
    return { label, data: { kind: 'single', side: { tree: loaded.tree } } };
  } catch (e) {
    return { error: `${name}: ${isFlamelensError(e) ? e.message : String(e)}` };
  }
}

/** Props that make an element take a dropped profile file; `onRead` gets it read, or the error. */
export function fileDropProps(onRead: (r: Override | { error: string }) => void) {
  return {
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer.files?.[0];
      void file?.arrayBuffer().then((buf) => onRead(readDroppedFile(file.name, new Uint8Array(buf))));
    },
    'data-testid': 'flamelens-panel',
  };
}

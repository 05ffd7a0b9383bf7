/** Reads a dropped profile file into the panel's data (a lazy chunk: see droppedFile.ts). */
import { loadProfile } from '../src/formats/load';
import { pprofToTree, shownSampleType } from '../src/pprof/toTree';
import { functionDetailsOfPprof } from '../src/pprof/functionDetails';
import { isFlamelensError } from '../src/errors';
import { grafanaUnit } from '../src/units';
import type { Override } from './droppedFile';

export function readDroppedFile(name: string, bytes: Uint8Array): Override | { error: string } {
  try {
    const loaded = loadProfile(bytes);
    const label = `${name} (dropped file)`;
    if (loaded.format === 'pprof') {
      const p = loaded.profile;
      const names = p.sampleTypes.map((t) => `${t.type} (${t.unit})`);
      const show = (t: number): Override => ({
        label,
        data: {
          kind: 'single',
          side: { tree: pprofToTree(p, { sampleType: t }) },
          unit: grafanaUnit(p.sampleTypes[t].unit),
        },
        sampleTypes: { names, shown: t, show },
        details: (fn) => functionDetailsOfPprof(p, fn, t),
      });
      return show(shownSampleType(p));
    }
    return { label, data: { kind: 'single', side: { tree: loaded.tree } } };
  } catch (e) {
    return { error: `${name}: ${isFlamelensError(e) ? e.message : String(e)}` };
  }
}

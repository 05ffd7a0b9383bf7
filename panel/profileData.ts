/**
 * What the panel's data holds, read once per data change: one profile, or two (a comparison's
 * baseline and comparison, a diff frame's two sides, or any two flame graph frames), each with the
 * query details the datasource put on its frame and, for comparisons, a timeline of the profile
 * metric. Anything else becomes a message naming what is missing.
 */
import { FieldType, type DataFrame } from '@grafana/data';
import { checkNestedSetFrame, nestedSetFrameToTree } from '../src/frames/nestedSet';
import { isFlamelensError } from '../src/errors';
import { CallTree } from '../src/tree/callTree';
import { readFlameGraphCustom, timelineRoleOf, type SideRole } from '../src/contract/frames';

/** A series of the profile metric over a side's query range: what its timeline draws. */
export interface Timeline {
  times: Float64Array;
  values: Float64Array;
  unit?: string;
}

export interface Side {
  tree: CallTree;
  /** Query details from the frame (labelSelector, start, end) when the datasource gave them. */
  selector?: string;
  range?: { start: number; end: number };
  timeline?: Timeline;
}

export type ProfileData =
  | {
      kind: 'single';
      side: Side;
      unit?: string;
      /** Why one profile shows where two were asked for (a comparison side without data). */
      note?: string;
    }
  | { kind: 'pair'; baseline: Side; comparison: Side; unit?: string }
  | { kind: 'none'; message: string };

function sideOf(frame: DataFrame, tree: CallTree): Side {
  const c = readFlameGraphCustom(frame);
  return {
    tree,
    selector: c.labelSelector,
    range: c.start !== undefined && c.end !== undefined ? { start: c.start, end: c.end } : undefined,
  };
}

/** Sums the number fields of the series frames marked as a side's timeline. */
function timelineOf(series: DataFrame[], role: SideRole): Timeline | undefined {
  const frames = series.filter((f) => timelineRoleOf(f) === role);
  const byTime = new Map<number, number>();
  let unit: string | undefined;
  for (const f of frames) {
    const time = f.fields.find((x) => x.type === FieldType.time);
    const value = f.fields.find((x) => x.type === FieldType.number);
    if (!time || !value) {
      continue;
    }
    unit = unit ?? value.config?.unit;
    for (let i = 0; i < time.values.length; i++) {
      const t = Number(time.values[i]);
      byTime.set(t, (byTime.get(t) ?? 0) + (Number(value.values[i]) || 0));
    }
  }
  if (byTime.size === 0) {
    return undefined;
  }
  const times = Float64Array.from([...byTime.keys()].sort((a, b) => a - b));
  return { times, values: Float64Array.from(times, (t) => byTime.get(t) ?? 0), unit };
}

export function readProfileData(series: DataFrame[]): ProfileData {
  if (series.length === 0) {
    return { kind: 'none', message: 'No data: the query returned no profile for this time range and selector.' };
  }
  const frames = series.filter((f) => checkNestedSetFrame(f) === undefined);
  if (frames.length === 0) {
    return { kind: 'none', message: checkNestedSetFrame(series[0]) ?? 'No flame graph frame in the data.' };
  }
  try {
    const role = (r: SideRole) => frames.find((f) => readFlameGraphCustom(f).role === r);
    const base = role('baseline');
    const comp = role('comparison');
    if ((base === undefined) !== (comp === undefined)) {
      // A comparison whose other side returned no profiles: say so, rather than show one graph as if
      // nothing had been compared.
      const [present, missing] = base ? ['baseline', 'comparison'] : ['comparison', 'baseline'];
      const frame = (base ?? comp)!;
      const decoded = nestedSetFrameToTree(frame);
      return {
        kind: 'single',
        side: sideOf(frame, decoded.tree),
        unit: decoded.unit,
        note: `The ${missing} has no profiles for its selector and time range: showing the ${present} alone.`,
      };
    }
    if (base && comp) {
      const b = nestedSetFrameToTree(base);
      return {
        kind: 'pair',
        baseline: { ...sideOf(base, b.tree), timeline: timelineOf(series, 'baseline') },
        comparison: { ...sideOf(comp, nestedSetFrameToTree(comp).tree), timeline: timelineOf(series, 'comparison') },
        unit: b.unit,
      };
    }
    const first = nestedSetFrameToTree(frames[0]);
    if (first.right) {
      return { kind: 'pair', baseline: { tree: first.tree }, comparison: { tree: first.right }, unit: first.unit };
    }
    if (frames.length >= 2) {
      // Any two queries (Grafana's built-in datasource included) can be compared: the first refId
      // (A) is the baseline, the next (B) the comparison, whatever order the frames came in.
      const [a, b] = [...frames].sort((x, y) => (x.refId ?? '').localeCompare(y.refId ?? ''));
      const baseTree = a === frames[0] ? first : nestedSetFrameToTree(a);
      return {
        kind: 'pair',
        baseline: sideOf(a, baseTree.tree),
        comparison: sideOf(b, nestedSetFrameToTree(b).tree),
        unit: baseTree.unit,
      };
    }
    return { kind: 'single', side: sideOf(frames[0], first.tree), unit: first.unit };
  } catch (e) {
    return { kind: 'none', message: isFlamelensError(e) ? e.message : `Could not read the flame graph: ${String(e)}` };
  }
}

/**
 * The frames the Flamelens datasource produces and the panel consumes, described once: what each
 * kind of frame carries in `meta.custom`. The datasource writes through the typed builders below
 * and the panel reads through the readers, so a renamed or misspelled key fails the type check
 * on both sides (contract.test.ts pins it). Keys stay flat in `meta.custom`, where Grafana's
 * conventions put them (`role` on a comparison's frames, `truncated` on a truncated flame graph).
 *
 *   profile query     → one flame graph frame      { profileTypeId, labelSelector, start, end }
 *   comparison query  → two flame graph frames     { …, role: 'baseline' | 'comparison' }
 *                       + each side's timeline     { timelineOf: 'baseline' | 'comparison' }
 *   diff query        → one diff frame             { baselineSelector, comparisonSelector }
 *   tag breakdown     → one table frame            { breakdownLabel }
 */
import type { DataFrame } from '@grafana/data';

/** Which side of a two-profile view a frame belongs to. */
export type SideRole = 'baseline' | 'comparison';

export const SIDE_ROLES: readonly SideRole[] = ['baseline', 'comparison'];

/** A flame graph frame: the query it answers, so the panel can ask for more of the same. */
export interface FlameGraphCustom {
  profileTypeId: string;
  labelSelector: string;
  /** The query's range, ms since the epoch. */
  start: number;
  end: number;
  /** On a comparison's two frames. */
  role?: SideRole;
}

/** A time series frame holding a comparison side's profile metric. */
export interface TimelineCustom {
  timelineOf: SideRole;
}

/** A diff frame (value/self = baseline, valueRight/selfRight = comparison). */
export interface DiffCustom {
  baselineSelector: string;
  comparisonSelector: string;
}

/** A tag breakdown table. */
export interface BreakdownCustom {
  breakdownLabel: string;
}

/** The `meta.custom` a frame of each kind carries (the builders below fill it). */
export type FlamelensCustom = FlameGraphCustom | TimelineCustom | DiffCustom | BreakdownCustom;

function customOf(frame: DataFrame): Record<string, unknown> {
  const c: unknown = frame.meta?.custom;
  return c !== null && typeof c === 'object' ? (c as Record<string, unknown>) : {};
}

const isRole = (v: unknown): v is SideRole => v === 'baseline' || v === 'comparison';

/** A frame with one more `meta.custom` entry set, the rest kept. */
export function withCustom<T extends DataFrame>(frame: T, custom: Partial<FlamelensCustom> & object): T {
  return { ...frame, meta: { ...frame.meta, custom: { ...frame.meta?.custom, ...custom } } };
}

/** What a flame graph frame says of its query; fields it lacks (another datasource's frame) are absent. */
export function readFlameGraphCustom(frame: DataFrame): Partial<FlameGraphCustom> {
  const c = customOf(frame);
  const out: Partial<FlameGraphCustom> = {};
  if (typeof c.profileTypeId === 'string') {
    out.profileTypeId = c.profileTypeId;
  }
  if (typeof c.labelSelector === 'string') {
    out.labelSelector = c.labelSelector;
  }
  const start = Number(c.start);
  const end = Number(c.end);
  if (c.start !== undefined && c.end !== undefined && Number.isFinite(start) && Number.isFinite(end) && end > start) {
    out.start = start;
    out.end = end;
  }
  if (isRole(c.role)) {
    out.role = c.role;
  }
  return out;
}

/** The side whose timeline a time series frame is, if it is one. */
export function timelineRoleOf(frame: DataFrame): SideRole | undefined {
  const role = customOf(frame).timelineOf;
  return isRole(role) ? role : undefined;
}

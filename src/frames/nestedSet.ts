/**
 * Call trees as Grafana's nested-set flame graph frame, in both directions.
 *
 * One row per node in depth-first pre-order; `level` is the depth, `value` the total including
 * children, `self` the node's own value, `label` the name (an enum field: indexes plus a name table
 * in `config.type.enum.text`, as Grafana's Pyroscope datasource sends it, or plain strings). A
 * truncated "other" row carries `truncated = true`. Diff frames add `valueRight` / `selfRight`
 * (value/self are then the baseline). The parent of a row is the nearest earlier row one level up.
 *
 * Only types come from @grafana/data: src/ must run without Grafana's runtime.
 */
import type { DataFrame, Field, FieldType } from '@grafana/data';
import { CallTree, NameTable, NODE_TRUNCATED, OTHER_NAME } from '../tree/callTree';
import { FlamelensError } from '../errors';
import type { DiffCustom, FlameGraphCustom } from '../contract/frames';

const NUMBER = 'number' as FieldType;
const ENUM = 'enum' as FieldType;
const BOOLEAN = 'boolean' as FieldType;

export interface FrameOptions {
  /** Grafana unit id for value/self, e.g. 'ns', 'bytes', 'short'. */
  unit?: string;
  refId?: string;
  name?: string;
  /** What the frame answers, in `meta.custom` (see src/contract/frames.ts). */
  custom?: Partial<FlameGraphCustom> | DiffCustom;
}

function numberField(name: string, values: number[], unit?: string): Field {
  return { name, type: NUMBER, values, config: unit ? { unit } : {} };
}

/** Encodes a tree as a nested-set frame Grafana's flame graph panel and ours both render. */
export function treeToNestedSetFrame(tree: CallTree, opts: FrameOptions = {}): DataFrame {
  const n = tree.count;
  // Filled by push, not preallocated: V8 keeps `new Array(n)` past ~100k elements in slow
  // dictionary mode, which made every later read of a million-row frame several times slower.
  const level: number[] = [];
  const value: number[] = [];
  const self: number[] = [];
  const label: number[] = [];
  const truncated: boolean[] = [];
  let anyTruncated = false;
  for (let i = 0; i < n; i++) {
    level.push(tree.depth[i]);
    value.push(tree.total[i]);
    self.push(tree.self[i]);
    label.push(tree.nameId[i]);
    const t = (tree.flags[i] & NODE_TRUNCATED) !== 0;
    truncated.push(t);
    anyTruncated ||= t;
  }
  const fields: Field[] = [
    numberField('level', level),
    numberField('value', value, opts.unit),
    numberField('self', self, opts.unit),
    { name: 'label', type: ENUM, values: label, config: { type: { enum: { text: tree.names.slice() } } } },
  ];
  // Always present, so consumers can tell "nothing was truncated" from "this source cannot say".
  fields.push({ name: 'truncated', type: BOOLEAN, values: truncated, config: {} });
  return {
    name: opts.name ?? 'response',
    refId: opts.refId,
    fields,
    length: n,
    meta: {
      preferredVisualisationType: 'flamegraph',
      ...(opts.custom || anyTruncated
        ? { custom: { ...opts.custom, ...(anyTruncated ? { truncated: true } : {}) } }
        : {}),
    },
  };
}

/** Encodes an aligned pair of trees (same shape, see diffTrees) as a diff frame. */
export function diffTreesToNestedSetFrame(
  baseline: CallTree,
  comparison: CallTree,
  opts: FrameOptions = {}
): DataFrame {
  if (baseline.count !== comparison.count) {
    throw new FlamelensError('bad-frame', 'diff frame needs two aligned trees of the same shape');
  }
  const frame = treeToNestedSetFrame(baseline, opts);
  const n = comparison.count;
  const valueRight: number[] = [];
  const selfRight: number[] = [];
  for (let i = 0; i < n; i++) {
    valueRight.push(comparison.total[i]);
    selfRight.push(comparison.self[i]);
  }
  frame.fields.splice(
    3,
    0,
    numberField('valueRight', valueRight, opts.unit),
    numberField('selfRight', selfRight, opts.unit)
  );
  return frame;
}

/** What a frame is missing to be a flame graph, or undefined when it is one. */
export function checkNestedSetFrame(frame: DataFrame): string | undefined {
  const missing: string[] = [];
  for (const name of ['level', 'value', 'self', 'label']) {
    if (!frame.fields.some((f) => f.name === name)) {
      missing.push(name);
    }
  }
  if (missing.length > 0) {
    return `Data is not a flame graph: missing field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (a flame graph frame needs level, value, self and label)`;
  }
  const right = frame.fields.some((f) => f.name === 'valueRight');
  const selfRight = frame.fields.some((f) => f.name === 'selfRight');
  if (right !== selfRight) {
    return 'Diff flame graph needs both "valueRight" and "selfRight" fields';
  }
  return undefined;
}

export interface DecodedFrame {
  tree: CallTree;
  /** Present for diff frames: the comparison side, aligned node for node with `tree`. */
  right?: CallTree;
  unit?: string;
}

function field(frame: DataFrame, name: string): Field | undefined {
  return frame.fields.find((f) => f.name === name);
}

/**
 * Decodes a nested-set frame (ours or Grafana's) into a tree; for diff frames also the comparison
 * side. Rows must be pre-order with a single root at level 0.
 */
export function nestedSetFrameToTree(frame: DataFrame): DecodedFrame {
  const problem = checkNestedSetFrame(frame);
  if (problem) {
    throw new FlamelensError('bad-frame', problem);
  }
  const levelF = field(frame, 'level')!;
  const valueF = field(frame, 'value')!;
  const selfF = field(frame, 'self')!;
  const labelF = field(frame, 'label')!;
  const truncF = field(frame, 'truncated');
  const valueRightF = field(frame, 'valueRight');
  const selfRightF = field(frame, 'selfRight');
  const n = frame.length ?? levelF.values.length;

  const enumText: unknown = labelF.config?.type?.enum?.text;
  const table = new NameTable();
  const enumIds: number[] = [];
  if (Array.isArray(enumText)) {
    for (const t of enumText) {
      enumIds.push(table.intern(String(t)));
    }
  }
  const nameIds = new Int32Array(n);
  const parents = new Int32Array(n);
  const selfs = new Float64Array(n);
  const selfsRight = valueRightF ? new Float64Array(n) : undefined;
  const flags = new Uint8Array(n);
  const totals = new Float64Array(n);
  const totalsRight = valueRightF ? new Float64Array(n) : undefined;
  // Hoisted column arrays: reading field.values per row costs a property load per column per row
  // on million-row frames.
  const levels = levelF.values as ArrayLike<unknown>;
  const labels = labelF.values as ArrayLike<string | number | null | undefined>;
  const selfVals = selfF.values as ArrayLike<unknown>;
  const totalVals = valueF.values as ArrayLike<unknown>;
  const truncVals = truncF ? (truncF.values as ArrayLike<unknown>) : undefined;
  const selfRightVals = selfRightF?.values as ArrayLike<unknown> | undefined;
  const totalRightVals = valueRightF?.values as ArrayLike<unknown> | undefined;
  const depth = new Int32Array(n);
  let maxDepth = 0;
  // pathStack[d]: index of the latest row at level d, the parent candidate for level d+1.
  const pathStack = new Int32Array(n + 1);
  let prevLevel = -1;
  for (let i = 0; i < n; i++) {
    const lvl = Number(levels[i]);
    if (i === 0 ? lvl !== 0 : !(lvl >= 1 && lvl <= prevLevel + 1)) {
      throw new FlamelensError(
        'bad-frame',
        `row ${i}: level ${lvl} does not follow a depth-first pre-order with one root at level 0`
      );
    }
    prevLevel = lvl;
    depth[i] = lvl;
    if (lvl > maxDepth) {
      maxDepth = lvl;
    }
    pathStack[lvl] = i;
    parents[i] = lvl === 0 ? -1 : pathStack[lvl - 1];
    const raw = labels[i];
    let id: number;
    if (typeof raw === 'number' && enumIds.length > 0) {
      id = enumIds[raw] ?? table.intern(String(raw));
    } else {
      id = table.intern(raw == null ? '' : String(raw));
    }
    nameIds[i] = id;
    selfs[i] = Number(selfVals[i]);
    totals[i] = Number(totalVals[i]);
    if (selfsRight && totalsRight) {
      selfsRight[i] = Number(selfRightVals![i]);
      totalsRight[i] = Number(totalRightVals![i]);
    }
    if (truncVals ? truncVals[i] === true : i > 0 && table.names[id] === OTHER_NAME) {
      flags[i] = NODE_TRUNCATED;
    }
  }
  // Rows are already in pre-order with one root, so they are the tree's node order as they are:
  // only subtree ends are left to compute (no re-layout, no extra copies on million-row frames).
  const end = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (end[i] === 0) {
      end[i] = i + 1;
    }
    const p = parents[i];
    if (p >= 0 && end[i] > end[p]) {
      end[p] = end[i];
    }
  }
  const names = table.names;
  const tree: CallTree = {
    count: n,
    names,
    nameId: nameIds,
    parent: parents,
    depth,
    end,
    self: selfs,
    total: totals,
    flags,
    maxDepth,
  };
  const unit = valueF.config?.unit;
  if (selfsRight && totalsRight) {
    return { tree, right: { ...tree, self: selfsRight, total: totalsRight }, unit };
  }
  return { tree, unit };
}

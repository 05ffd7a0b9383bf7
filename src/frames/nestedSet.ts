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
import { CallTree, layoutPreOrder, NameTable, NODE_TRUNCATED, OTHER_NAME } from '../tree/callTree';
import { FlamelensError } from '../errors';

const NUMBER = 'number' as FieldType;
const ENUM = 'enum' as FieldType;
const BOOLEAN = 'boolean' as FieldType;

export interface FrameOptions {
  /** Grafana unit id for value/self, e.g. 'ns', 'bytes', 'short'. */
  unit?: string;
  refId?: string;
  name?: string;
  /** Extra `meta.custom` entries, e.g. `{ role: 'baseline' }`. */
  custom?: Record<string, unknown>;
}

function numberField(name: string, values: number[], unit?: string): Field {
  return { name, type: NUMBER, values, config: unit ? { unit } : {} };
}

/** Encodes a tree as a nested-set frame Grafana's flame graph panel and ours both render. */
export function treeToNestedSetFrame(tree: CallTree, opts: FrameOptions = {}): DataFrame {
  const n = tree.count;
  const level = new Array<number>(n);
  const value = new Array<number>(n);
  const self = new Array<number>(n);
  const label = new Array<number>(n);
  const truncated = new Array<boolean>(n);
  let anyTruncated = false;
  for (let i = 0; i < n; i++) {
    level[i] = tree.depth[i];
    value[i] = tree.total[i];
    self[i] = tree.self[i];
    label[i] = tree.nameId[i];
    const t = (tree.flags[i] & NODE_TRUNCATED) !== 0;
    truncated[i] = t;
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
      ...(opts.custom || anyTruncated ? { custom: { ...opts.custom, ...(anyTruncated ? { truncated: true } : {}) } } : {}),
    },
  };
}

/** Encodes an aligned pair of trees (same shape, see diffTrees) as a diff frame. */
export function diffTreesToNestedSetFrame(baseline: CallTree, comparison: CallTree, opts: FrameOptions = {}): DataFrame {
  if (baseline.count !== comparison.count) {
    throw new FlamelensError('bad-frame', 'diff frame needs two aligned trees of the same shape');
  }
  const frame = treeToNestedSetFrame(baseline, opts);
  const n = comparison.count;
  const valueRight = new Array<number>(n);
  const selfRight = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    valueRight[i] = comparison.total[i];
    selfRight[i] = comparison.self[i];
  }
  frame.fields.splice(3, 0, numberField('valueRight', valueRight, opts.unit), numberField('selfRight', selfRight, opts.unit));
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
  // pathStack[d]: index of the latest row at level d, the parent candidate for level d+1.
  const pathStack = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const lvl = Number(levelF.values[i]);
    if (i === 0 ? lvl !== 0 : !(lvl >= 1 && lvl <= Number(levelF.values[i - 1]) + 1)) {
      throw new FlamelensError('bad-frame', `row ${i}: level ${lvl} does not follow a depth-first pre-order with one root at level 0`);
    }
    pathStack[lvl] = i;
    parents[i] = lvl === 0 ? -1 : pathStack[lvl - 1];
    const raw = labelF.values[i];
    let id: number;
    if (typeof raw === 'number' && enumIds.length > 0) {
      id = enumIds[raw] ?? table.intern(String(raw));
    } else {
      id = table.intern(raw == null ? '' : String(raw));
    }
    nameIds[i] = id;
    selfs[i] = Number(selfF.values[i]);
    totals[i] = Number(valueF.values[i]);
    if (selfsRight && totalsRight) {
      selfsRight[i] = Number(selfRightF!.values[i]);
      totalsRight[i] = Number(valueRightF!.values[i]);
    }
    const isOther = table.names[id] === OTHER_NAME;
    if ((truncF && truncF.values[i] === true) || (!truncF && isOther && i > 0)) {
      flags[i] = NODE_TRUNCATED;
    }
  }
  // Rows are already pre-order, so layout keeps their order; self is taken as given and totals are
  // recomputed, which matches `value` for any consistent frame.
  const tree = layoutPreOrder(n, table.names, nameIds, parents, selfs, flags, 'insertion');
  restoreTotals(tree, totals);
  const unit = valueF.config?.unit;
  if (selfsRight && totalsRight) {
    const right = layoutPreOrder(n, table.names, nameIds, parents, selfsRight, flags, 'insertion');
    restoreTotals(right, totalsRight);
    return { tree, right, unit };
  }
  return { tree, unit };
}

/**
 * Keeps the frame's own totals: a truncated source may report totals larger than the sum of the
 * rows it sent, and the frame is the authority on what a node weighed.
 */
function restoreTotals(tree: CallTree, totals: Float64Array): void {
  (tree.total as Float64Array).set(totals);
}

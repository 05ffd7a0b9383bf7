/**
 * Frame filters: hide frames, or keep only some, by exact name or /regex/ (RE2, so a pattern from a
 * URL cannot freeze the tab), alone or from presets for a runtime's internals. A hidden frame's
 * children are lifted to its nearest shown ancestor and its self time goes to that ancestor, so the
 * root's total never changes; what moved is reported as the hidden share.
 *
 *   hide /^runtime\./   main;runtime.mcall;park 5  →  main;park 5
 *   keep /^app\./       main;app.run;lib.x 3       →  app.run 3 (main and lib.x hidden)
 *
 * A frame is hidden when a hide filter matches it, or when there are keep filters and none matches
 * it. Names are tested once per distinct name, never once per node, each regex behind a literal
 * prefilter.
 */
import type { RegexEngine, StringTest } from '../regex/engine';
import type { CallTree } from './callTree';
import { hideByName } from './hide';
import { prefilterOf } from '../regex/prefilter';
import { FRAME_PRESETS, type PresetId } from './framePresets';

export { FRAME_PRESETS, PRESET_IDS, type PresetId } from './framePresets';

export interface FrameFilters {
  /** Exact names, or /regex/ (a trailing i: case-insensitive). */
  hide: readonly string[];
  keep: readonly string[];
  presets: readonly PresetId[];
}

export const NO_FRAME_FILTERS: FrameFilters = { hide: [], keep: [], presets: [] };

export function hasFrameFilters(f: FrameFilters): boolean {
  return f.hide.length > 0 || f.keep.length > 0 || f.presets.length > 0;
}

/** A filter as typed: `/…/` or `/…/i` is a regex, anything else an exact frame name. */
export type ParsedMatch = { kind: 'name'; name: string } | { kind: 'regex'; source: string; caseInsensitive: boolean };

export function parseMatch(text: string): ParsedMatch {
  const m = /^\/(.+)\/(i?)$/s.exec(text);
  return m ? { kind: 'regex', source: m[1], caseInsensitive: m[2] === 'i' } : { kind: 'name', name: text };
}

/** Every hide pattern in force: the user's and each chosen preset's. */
export function hidePatterns(f: FrameFilters): string[] {
  return [...f.hide, ...f.presets.flatMap((p) => FRAME_PRESETS[p].patterns)];
}

interface CompiledKind {
  /** Exact names, and one test per pattern (each run over all names in its own loop). */
  names: Set<string>;
  tests: StringTest[];
  errors: string[];
}

/**
 * One test for a list of matches: exact names in a set, each regex behind its prefilter (frame
 * names are tested once each, tens of thousands of them: most never reach RE2).
 */
function compileKind(list: readonly string[], engine: RegexEngine | undefined, what: string): CompiledKind {
  const names = new Set<string>();
  const tests: StringTest[] = [];
  const errors: string[] = [];
  for (const text of list) {
    const p = parseMatch(text);
    if (p.kind === 'name') {
      names.add(p.name);
      continue;
    }
    // A literal prefix, suffix or name (most presets) is its prefilter: RE2 is not even compiled.
    const pre = p.caseInsensitive ? undefined : prefilterOf(p.source);
    if (pre?.exact) {
      tests.push(pre.test);
      continue;
    }
    if (!engine) {
      // Still loading (a lazy chunk): names and literals apply at once, other patterns when it arrives.
      continue;
    }
    const compiled = engine.compile(p.source, { caseInsensitive: p.caseInsensitive });
    if ('error' in compiled) {
      errors.push(`${what} ${text}: invalid regular expression (${compiled.error}); nothing filtered by it.`);
      continue;
    }
    const re = compiled.test;
    tests.push(pre ? (n) => pre.test(n) && re(n) : re);
  }
  return { names, tests, errors };
}

const isEmpty = (k: CompiledKind) => k.names.size === 0 && k.tests.length === 0;

/** Marks (1) every name id a kind matches. A loop per test: each stays monomorphic and fast. */
function markNames(names: readonly string[], kind: CompiledKind): Uint8Array {
  const out = new Uint8Array(names.length);
  if (kind.names.size > 0) {
    for (let id = 0; id < names.length; id++) {
      if (kind.names.has(names[id])) {
        out[id] = 1;
      }
    }
  }
  for (const test of kind.tests) {
    for (let id = 0; id < names.length; id++) {
      if (out[id] === 0 && test(names[id])) {
        out[id] = 1;
      }
    }
  }
  return out;
}

/**
 * Which names the filters hide (1), or undefined when nothing filters. Keep filters that all failed
 * to compile keep nothing out: an invalid pattern must not blank the graph.
 */
export function hiddenNames(
  names: readonly string[],
  f: FrameFilters,
  engine: RegexEngine | undefined
): { hidden?: Uint8Array; errors: string[] } {
  const hide = compileKind(hidePatterns(f), engine, 'Hide');
  const keep = compileKind(f.keep, engine, 'Keep');
  const errors = [...hide.errors, ...keep.errors];
  if (isEmpty(hide) && isEmpty(keep)) {
    return { errors };
  }
  const hidden = markNames(names, hide);
  if (!isEmpty(keep)) {
    const kept = markNames(names, keep);
    for (let id = 0; id < names.length; id++) {
      hidden[id] |= kept[id] ^ 1;
    }
  }
  return { hidden, errors };
}

export interface FilteredTree {
  tree: CallTree;
  /** Self time of the hidden frames (now their callers'), in the tree's unit. */
  hiddenSelf: number;
  /** Time in stacks through a hidden frame (each stack once), in the tree's unit. */
  hiddenThrough: number;
  /** Distinct functions hidden. */
  hiddenFunctions: number;
  errors: string[];
}

/** Applies frame filters; invalid patterns are reported and filter nothing. */
export function applyFrameFilters(
  tree: CallTree,
  f: FrameFilters,
  engine: RegexEngine | undefined,
  /** Names never hidden (a grouped graph's group nodes: not frames). */
  protectedNames?: ReadonlySet<string>
): FilteredTree {
  const { hidden: byName, errors } = hiddenNames(tree.names, f, engine);
  if (!byName) {
    return { tree, hiddenSelf: 0, hiddenThrough: 0, hiddenFunctions: 0, errors };
  }
  // The root ("total") is never a frame: never hidden.
  byName[tree.nameId[0]] = 0;
  if (protectedNames) {
    tree.names.forEach((n, id) => protectedNames.has(n) && (byName[id] = 0));
  }
  let hiddenFunctions = 0;
  for (let id = 0; id < byName.length; id++) {
    hiddenFunctions += byName[id];
  }
  let hiddenSelf = 0;
  let hiddenThrough = 0;
  // under[i]: a frame above i is hidden (its stacks are counted there already).
  const under = new Uint8Array(tree.count);
  for (let i = 1; i < tree.count; i++) {
    const p = tree.parent[i];
    under[i] = under[p] | (p > 0 ? byName[tree.nameId[p]] : 0);
    if (byName[tree.nameId[i]] === 1) {
      hiddenSelf += tree.self[i];
      hiddenThrough += under[i] === 1 ? 0 : tree.total[i];
    }
  }
  if (hiddenFunctions === 0) {
    return { tree, hiddenSelf: 0, hiddenThrough: 0, hiddenFunctions: 0, errors };
  }
  const out = hideByName(tree, byName);
  return { tree: out, hiddenSelf, hiddenThrough, hiddenFunctions, errors };
}

/** How many of the tree's functions one filter matches (for the filter list); -1 when invalid. */
export function functionsMatched(tree: CallTree, text: string, engine: RegexEngine): number {
  const p = parseMatch(text);
  if (p.kind === 'name') {
    return tree.names.includes(p.name) ? 1 : 0;
  }
  const c = engine.compile(p.source, { caseInsensitive: p.caseInsensitive });
  if ('error' in c) {
    return -1;
  }
  let n = 0;
  for (let id = 0; id < tree.names.length; id++) {
    if (id !== tree.nameId[0] && c.test(tree.names[id])) {
      n++;
    }
  }
  return n;
}

/** A filter matching exactly one name, even a name that reads as /regex/ ("/x/" → /^\/x\/$/). */
export function exactNameFilter(name: string): string {
  return parseMatch(name).kind === 'name' ? name : `/^${name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$/`;
}

/** How many of a tree's functions the filters hide (the root is not one). */
export function countHidden(tree: CallTree, f: FrameFilters, engine: RegexEngine | undefined): number {
  const { hidden } = hiddenNames(tree.names, f, engine);
  if (!hidden) {
    return 0;
  }
  hidden[tree.nameId[0]] = 0;
  return hidden.reduce((n, h) => n + h, 0);
}

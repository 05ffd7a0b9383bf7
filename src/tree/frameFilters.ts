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
 * it. Names are tested once per distinct name, with all regexes of a kind joined into one RE2
 * program, never once per node.
 */
import type { RegexEngine, StringTest } from '../regex/engine';
import type { CallTree } from './callTree';
import { hideFrames } from './transform';
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
  test?: StringTest;
  errors: string[];
}

/** One test for a list of matches: exact names in a set, the regexes joined into one program. */
function compileKind(list: readonly string[], engine: RegexEngine | undefined, what: string): CompiledKind {
  const names = new Set<string>();
  const sources: string[] = [];
  const errors: string[] = [];
  for (const text of list) {
    const p = parseMatch(text);
    if (p.kind === 'name') {
      names.add(p.name);
      continue;
    }
    if (!engine) {
      // Still loading (a lazy chunk): exact names apply at once, patterns when it arrives.
      continue;
    }
    // Checked alone, so an error names the filter the user typed, not the joined program.
    const alone = engine.compile(p.source);
    if ('error' in alone) {
      errors.push(`${what} ${text}: invalid regular expression (${alone.error}); nothing filtered by it.`);
      continue;
    }
    sources.push(p.caseInsensitive ? `(?i:${p.source})` : `(?:${p.source})`);
  }
  const joined = engine && sources.length > 0 ? engine.compile(sources.join('|')) : undefined;
  const regex = joined && 'test' in joined ? joined.test : undefined;
  if (names.size === 0 && !regex) {
    return { errors };
  }
  return { test: (n) => names.has(n) || (regex !== undefined && regex(n)), errors };
}

export interface CompiledFrameFilters {
  /** Whether a frame of this name is hidden; undefined when nothing filters. */
  hidden?: StringTest;
  errors: string[];
}

export function compileFrameFilters(f: FrameFilters, engine: RegexEngine | undefined): CompiledFrameFilters {
  const hide = compileKind(hidePatterns(f), engine, 'Hide');
  const keep = compileKind(f.keep, engine, 'Keep');
  const errors = [...hide.errors, ...keep.errors];
  // Keep filters that all failed to compile keep nothing out: an invalid pattern must not blank the graph.
  const keepTest = keep.test;
  const hideTest = hide.test;
  if (!hideTest && !keepTest) {
    return { errors };
  }
  return {
    hidden: (n) => (hideTest !== undefined && hideTest(n)) || (keepTest !== undefined && !keepTest(n)),
    errors,
  };
}

export interface FilteredTree {
  tree: CallTree;
  /** Self time of the hidden frames (now their callers'), in the tree's unit. */
  hiddenSelf: number;
  /** Distinct functions hidden. */
  hiddenFunctions: number;
  errors: string[];
}

/** Applies frame filters; invalid patterns are reported and filter nothing. */
export function applyFrameFilters(tree: CallTree, f: FrameFilters, engine: RegexEngine | undefined): FilteredTree {
  const { hidden, errors } = compileFrameFilters(f, engine);
  if (!hidden) {
    return { tree, hiddenSelf: 0, hiddenFunctions: 0, errors };
  }
  // Index 0 is the root ("total"): never a frame, never hidden.
  const byName = new Uint8Array(tree.names.length);
  let hiddenFunctions = 0;
  const rootName = tree.nameId[0];
  for (let id = 0; id < tree.names.length; id++) {
    if (id !== rootName && hidden(tree.names[id])) {
      byName[id] = 1;
      hiddenFunctions++;
    }
  }
  let hiddenSelf = 0;
  for (let i = 1; i < tree.count; i++) {
    if (byName[tree.nameId[i]] === 1) {
      hiddenSelf += tree.self[i];
    }
  }
  if (hiddenFunctions === 0) {
    return { tree, hiddenSelf: 0, hiddenFunctions: 0, errors };
  }
  const out = hideFrames(tree, (_, id) => byName[id] === 1);
  return { tree: out, hiddenSelf, hiddenFunctions, errors };
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

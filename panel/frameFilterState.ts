/**
 * Frame filters as the panel keeps them: in its options (one pattern per line, presets by id) and
 * in the URL (one key, fl<id>-ff, only when they differ from the options), and the migration of
 * the single "Hide frames" regex panels saved before filters existed.
 *
 *   URL:  fl3-ff = "h:/^runtime\./\nk:main\np:nodejs"     no filters at all: fl3-ff = "-"
 */
import { exactNameFilter, NO_FRAME_FILTERS, PRESET_IDS, type FrameFilters } from '../src/tree/frameFilters';
import type { CallTree } from '../src/tree/callTree';
import type { FlameGraphPanelOptions } from './types';
import type { ProfileData } from './profileData';

/** The filters with one more exact-name filter (from the node menu). */
export function withNameFilter(f: FrameFilters, action: 'hide' | 'keep', name: string): FrameFilters {
  const m = exactNameFilter(name);
  return f[action].includes(m) ? f : { ...f, [action]: [...f[action], m] };
}

/** The profile before filters, where the filter editor counts what each filter matches. */
export function sourceTree(p: ProfileData): CallTree | undefined {
  return p.kind === 'single' ? p.side.tree : p.kind === 'pair' ? p.baseline.tree : undefined;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const presetsOf = (ids: readonly string[]) => PRESET_IDS.filter((p) => ids.includes(p));

/** The filters a panel's options set. */
export function optionFilters(
  o: Pick<FlameGraphPanelOptions, 'frameHide' | 'frameKeep' | 'framePresets'>
): FrameFilters {
  return { hide: lines(o.frameHide), keep: lines(o.frameKeep), presets: presetsOf(o.framePresets ?? []) };
}

export function sameFilters(a: FrameFilters, b: FrameFilters): boolean {
  const eq = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(a.hide, b.hide) && eq(a.keep, b.keep) && eq(a.presets, b.presets);
}

const NONE = '-';

// A frame name may hold a line break (a hostile profile's may): escaped, it stays one entry.
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const unescape = (s: string) => s.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));

export function encodeFilters(f: FrameFilters): string {
  const entries = [
    ...f.hide.map((h) => `h:${escape(h)}`),
    ...f.keep.map((k) => `k:${escape(k)}`),
    ...f.presets.map((p) => `p:${p}`),
  ];
  return entries.length > 0 ? entries.join('\n') : NONE;
}

export function decodeFilters(text: string): FrameFilters {
  if (text === NONE) {
    return NO_FRAME_FILTERS;
  }
  const hide: string[] = [];
  const keep: string[] = [];
  const presets: string[] = [];
  for (const entry of text.split('\n')) {
    const body = unescape(entry.slice(2));
    // A name may contain anything but a line break: an entry is split on its first colon only.
    if (entry.startsWith('h:') && body !== '') {
      hide.push(body);
    } else if (entry.startsWith('k:') && body !== '') {
      keep.push(body);
    } else if (entry.startsWith('p:')) {
      presets.push(body);
    }
  }
  return { hide, keep, presets: presetsOf(presets) };
}

/**
 * Options saved before frame filters: the "Hide frames" regex (`hideFrames: '^runtime\\.'`)
 * becomes a hide filter `/^runtime\./` (a bare pattern would now read as an exact name).
 */
export function migrateHideFrames<T extends Record<string, unknown>>(saved: T): T {
  const old = saved.hideFrames;
  if (typeof old !== 'string') {
    return saved;
  }
  const { hideFrames: _dropped, ...rest } = saved;
  if (old.trim() === '') {
    return rest as unknown as T;
  }
  const existing = typeof saved.frameHide === 'string' ? lines(saved.frameHide) : [];
  const migrated = `/${old.trim()}/`;
  return { ...rest, frameHide: [...existing.filter((l) => l !== migrated), migrated].join('\n') } as unknown as T;
}

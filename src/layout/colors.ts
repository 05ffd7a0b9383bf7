/**
 * Node colours for the flame graph's colour schemes. Colours are computed once per name (or per
 * bucket of value) and looked up per node, so drawing allocates no strings.
 *
 * - name:    a stable hue per function, so a function keeps its colour across views and refreshes.
 * - package: a hue per package, so a library's frames read as one block (Go, Java, Rust, C++,
 *            Python and Node names each spell packages differently, see packageOf).
 * - value:   cold to hot by the node's share of the root: where the time goes stands out at a glance.
 */
import { CallTree } from '../tree/callTree';
import { absoluteChanges, presence, type DiffColoring, type DiffView } from '../tree/diffView';
import { nameHue } from './flameLayout';

export type ColorScheme = 'name' | 'package' | 'value';

/** Palettes for a diff's changes: red/green, or blue/orange for colour-blind readers. */
export type DiffPalette = 'redgreen' | 'colorblind';

/**
 * The package part of a frame name, or the name itself when it has none.
 *
 *   github.com/x/y/pkg.(*T).Method → github.com/x/y/pkg     runtime.mallocgc → runtime
 *   java/io/UnixFileSystem.delete0 → java/io                com.acme.db.Pool.get → com.acme.db
 *   std::vec::Vec<T>::push → std::vec                       /app/util.py:parse → /app/util.py
 */
export function packageOf(name: string): string {
  // Signatures, generics and receivers carry no package information: cut them off first.
  const cut = name.search(/[ (<[]/);
  const head = cut > 0 ? name.slice(0, cut) : name;
  const colons = head.lastIndexOf('::');
  if (colons > 0) {
    return head.slice(0, colons);
  }
  const colon = head.indexOf(':');
  if (colon > 0) {
    // file:function or file:line (Python, Node): the file is the package.
    return head.slice(0, colon);
  }
  const slash = head.lastIndexOf('/');
  if (slash >= 0) {
    const base = head.slice(slash + 1);
    // Java puts a capitalised class after the last slash; Go puts its package name there.
    if (/^[A-Z]/.test(base)) {
      return head.slice(0, slash);
    }
    const dot = base.indexOf('.');
    return dot > 0 ? head.slice(0, slash + 1 + dot) : head;
  }
  const parts = head.split('.');
  if (parts.length <= 1) {
    return head;
  }
  // com.acme.db.Pool.get: package = the lower-case segments before the class.
  const cls = parts.findIndex((p, i) => i > 0 && /^[A-Z]/.test(p));
  if (cls > 0) {
    return parts.slice(0, cls).join('.');
  }
  return parts[0];
}

const VALUE_BUCKETS = 32;

/** A colour per node for a scheme; the returned function is cheap and allocation-free. */
export function nodeColors(tree: CallTree, scheme: ColorScheme, dark: boolean): (node: number) => string {
  const lightness = dark ? 45 : 72;
  if (scheme === 'value') {
    // Yellow (cold) to red (hot) on a log scale of the node's share: 0.1% and 10% look different.
    const palette = Array.from(
      { length: VALUE_BUCKETS },
      (_, b) =>
        `hsl(${Math.round(55 - (55 * b) / (VALUE_BUCKETS - 1))}, 85%, ${lightness + (dark ? 0 : -10) + Math.round((VALUE_BUCKETS - 1 - b) / 4)}%)`
    );
    const root = tree.total[0] || 1;
    return (i) => {
      const share = tree.total[i] / root;
      const t = Math.log10(1 + 999 * share) / 3;
      return palette[Math.min(VALUE_BUCKETS - 1, Math.max(0, Math.floor(t * VALUE_BUCKETS)))];
    };
  }
  // Filled on first use: a frame can name tens of thousands of functions, a view draws a few hundred.
  const byName = new Array<string | undefined>(tree.names.length);
  return (i) => {
    const id = tree.nameId[i];
    let c = byName[id];
    if (c === undefined) {
      const name = tree.names[id];
      c = `hsl(${nameHue(scheme === 'package' ? packageOf(name) : name)}, 60%, ${lightness}%)`;
      byName[id] = c;
    }
    return c;
  };
}

// [shrank, neutral, grew] as RGB.
const PALETTES: Record<DiffPalette, [number[], number[], number[]]> = {
  redgreen: [
    [59, 160, 90],
    [140, 140, 140],
    [214, 64, 64],
  ],
  colorblind: [
    [56, 110, 220],
    [140, 140, 140],
    [220, 120, 40],
  ],
};

/** The colour for a change in [-1, 1]. */
export function diffColor(change: number, palette: DiffPalette): string {
  const [low, mid, high] = PALETTES[palette];
  const t = Math.max(-1, Math.min(1, change));
  const to = t < 0 ? low : high;
  const a = Math.abs(t);
  const c = mid.map((m, k) => Math.round(m + (to[k] - m) * a));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/**
 * Frames on one side only, in colours of their own (not the ends of the change scale): a new frame
 * or a vanished one must not read as "grew a lot" / "shrank a lot". Chosen apart from each
 * palette's two ends (the colour-blind pair from Okabe and Ito's palette).
 */
export const PRESENCE_COLORS: Record<DiffPalette, { added: string; removed: string }> = {
  redgreen: { added: 'rgb(150, 70, 200)', removed: 'rgb(60, 110, 220)' },
  colorblind: { added: 'rgb(204, 121, 167)', removed: 'rgb(240, 228, 66)' },
};

/** A diff's colour per node: added and removed frames apart, the others by their change. */
export function diffNodeColors(diff: DiffView, coloring: DiffColoring, palette: DiffPalette): (node: number) => string {
  const change = coloring === 'share' ? diff.change : absoluteChanges(diff.left, diff.right);
  const { added, removed } = PRESENCE_COLORS[palette];
  return (i) => {
    const p = presence(diff, i);
    return p === 'added' ? added : p === 'removed' ? removed : diffColor(change[i], palette);
  };
}

/**
 * The benchmark page: Flamelens' flame graph panel and Grafana's @grafana/flamegraph render the
 * same nested-set frame in the same page, one after the other, measured the same way:
 *
 * - render: render call → the root row's label is drawn on the canvas → the next animation frame
 *           (a patched fillText notes when; the pixels are checked afterwards, outside the timing:
 *           reading a canvas back costs a readback that would swamp what is measured);
 * - hover:  mousemove on the root row → the tooltip is in the DOM → the next animation frame;
 * - zoom:   click on the widest child of the root → its label is drawn again → the next frame
 *           (then its row must span the width: pixel check, outside the timing);
 * - heap:   used JS heap after render minus before, both after a forced GC (the frame itself is
 *           built before and is not counted for either);
 * - deepest row: after scrolling to the bottom, is the deepest row painted (pixel check)?
 *
 * The runner (run.ts) drives this through window.flBench.
 */
import React from 'react';
import { createRoot, Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createTheme, DataFrame, getDefaultTimeRange, LoadingState } from '@grafana/data';
import { FlameGraph } from '@grafana/flamegraph';
import { FlameGraphPanel } from '../../panel/FlameGraphPanel';
import { DEFAULT_OPTIONS } from '../../panel/types';
// An earlier commit's panel (run.ts --baseline), or this one's when there is none.
// @ts-expect-error: resolved by the page's webpack config.
import { FlameGraphPanel as BaselinePanel } from 'flamelens-baseline-panel';
// @ts-expect-error: resolved by the page's webpack config.
import { DEFAULT_OPTIONS as BASELINE_OPTIONS } from 'flamelens-baseline-options';
import { nestedSetFrameToTree, treeToNestedSetFrame } from '../../src/frames/nestedSet';
import { applyFrameFilters, type PresetId } from '../../src/tree/frameFilters';
import { re2 } from '../../src/regex/re2';
import { CallTree, TreeBuilder } from '../../src/tree/callTree';
import { generateMergedPprof, generateTree } from '../data';
import { Profile } from 'pprof-format';
import { decodeInflatedPprof } from '../../src/pprof/decode';
import { functionTableOfPprof } from '../../src/pprof/functionTable';
import { functionDetailsOfBytes } from '../../src/pprof/functionDetailsOfBytes';
import { functionDetailsOfPprof } from '../../src/pprof/functionDetails';
import { shownSampleType } from '../../src/pprof/toTree';

const WIDTH = 1200;
const HEIGHT = 600;
type Which = 'flamelens' | 'grafana' | 'baseline';

let frame: DataFrame | undefined;
/** Used JS heap with the frame built and nothing mounted: what each render adds is measured over it. */
let baselineHeap = NaN;
let tree: CallTree | undefined;
/** The merged pprof functionTableTiming reads (makePprof). */
let pprofBytes: Uint8Array | undefined;
/** Where the root's widest child's centre is, as a share of the width. */
let zoomAt = 0.5;
let zoomName = '';

function widestChild(t: CallTree): number {
  let widest = -1;
  for (let c = 1; c < t.end[0]; c = t.end[c]) {
    if (widest < 0 || t.total[c] > t.total[widest]) {
      widest = c;
    }
  }
  return widest;
}

function widestChildName(t: CallTree): string {
  return t.names[t.nameId[widestChild(t)]];
}

function widestChildCentre(t: CallTree): number {
  const widest = widestChild(t);
  // The root's children are laid out left to right in frame order.
  let start = 0;
  for (let c = 1; c < widest; c = t.end[c]) {
    start += t.total[c];
  }
  return (start + t.total[widest] / 2) / t.total[0];
}
let root: Root | undefined;

const container = () => document.getElementById('stage')!;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
// A macrotask yield that is not clamped like nested setTimeout: polls without a frame's granularity.
const channel = new MessageChannel();
const yieldTask = () =>
  new Promise<void>((r) => {
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(0);
  });

function canvasOf(which: Which): HTMLCanvasElement | null {
  return container().querySelector(
    which === 'grafana' ? 'canvas[data-testid="flameGraph"]' : 'canvas[aria-label="Flame graph"]'
  );
}

/** Whether a CSS-pixel point of a canvas holds an opaque pixel that is not the page background. */
function paintedAt(c: HTMLCanvasElement, x: number, y: number): boolean {
  const ctx = c.getContext('2d');
  if (!ctx || c.width === 0 || c.height === 0) {
    return false;
  }
  const scale = c.width / (c.clientWidth || c.width);
  try {
    const [r, g, b, a] = ctx.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
    const background = r === 255 && g === 255 && b === 255;
    return a > 0 && !background && !(r === 24 && g === 27 && b === 31);
  } catch {
    // A canvas over the browser's size limit cannot be read: nothing is painted on it.
    return false;
  }
}

async function until(test: () => boolean, timeoutMs = 60000): Promise<boolean> {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > timeoutMs) {
      return false;
    }
    await yieldTask();
  }
  return true;
}

/** 'graph': each shows its flame graph only; 'both': each with its top table, as they open by default. */
let layout: 'graph' | 'both' | 'calltree' = 'both';
/** Flamelens' bottom-up graph (the inverted-render figure). */
let inverted = false;
/** Grafana's flame graph with its new UI (the one with a Call Tree pane). */
let newUI = false;

function element(which: Which): React.ReactElement {
  if (which === 'flamelens' || which === 'baseline') {
    const defaults = (which === 'flamelens' ? DEFAULT_OPTIONS : BASELINE_OPTIONS) as typeof DEFAULT_OPTIONS;
    const props = {
      id: 1,
      title: 'bench',
      data: { series: [frame!], state: LoadingState.Done, timeRange: getDefaultTimeRange() },
      options: {
        ...defaults,
        view: layout === 'graph' ? 'flamegraph' : layout,
        showToolbar: true,
        inverted,
      },
      width: WIDTH,
      height: HEIGHT,
    };
    const Panel = (which === 'flamelens' ? FlameGraphPanel : BaselinePanel) as typeof FlameGraphPanel;
    return <Panel {...(props as never)} />;
  }
  return (
    <div style={{ width: WIDTH, height: HEIGHT, overflow: 'auto' }}>
      <FlameGraph
        data={frame}
        getTheme={() => createTheme({ colors: { mode: 'light' } })}
        showFlameGraphOnly={layout === 'graph'}
        enableNewUI={newUI}
      />
    </div>
  );
}

function gc() {
  (window as unknown as { gc?: () => void }).gc?.();
}

/** Lets pending frames and tasks finish and collects garbage a few times, so the heap is steady. */
async function settle() {
  for (let k = 0; k < 3; k++) {
    await nextFrame();
    await yieldTask();
    gc();
  }
}
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/** A chain `depth` frames deep plus a few short siblings, so the deepest row is one narrow path. */
function deepTree(depth: number): CallTree {
  const b = new TreeBuilder('total');
  let node = 0;
  for (let d = 0; d < depth; d++) {
    node = b.child(node, b.names.intern(`recurse.level${d}`));
    if (d % 1000 === 0) {
      b.addSelf(b.child(node, b.names.intern(`side.branch${d}`)), 1);
    }
  }
  b.addSelf(node, 100);
  return b.build();
}

/** The call tree's body rows in the DOM, for each implementation. */
function callTreeRows(which: Which): number {
  return which === 'grafana'
    ? container().querySelectorAll('[data-testid="callTree"] tbody tr').length
    : container().querySelectorAll('[data-testid="flamelens-call-tree"] [role="row"][aria-level]').length;
}

const api = {
  setLayout(l: 'graph' | 'both' | 'calltree') {
    layout = l;
  },

  setInverted(on: boolean) {
    inverted = on;
  },

  setNewUI(on: boolean) {
    newUI = on;
  },

  /**
   * From a mounted graph (render first), its view switch to the call tree: click → the call tree's
   * rows are in the DOM → the next animation frame.
   */
  async showCallTree(which: Which, timeoutMs = 60000) {
    const label = which === 'grafana' ? 'Call Tree' : 'Call tree';
    const radio = Array.from(container().querySelectorAll('label')).find((l) => l.textContent?.trim() === label);
    if (!radio) {
      return { ms: NaN, ok: false, rows: 0 };
    }
    const t0 = performance.now();
    radio.click();
    const ok = await until(() => callTreeRows(which) > 1, timeoutMs);
    const inDomMs = performance.now() - t0;
    await nextFrame();
    return { ms: performance.now() - t0, inDomMs, ok, rows: callTreeRows(which) };
  },

  /**
   * Opens one closed row of the shown call tree (the root's first child): click on its expander →
   * its children are in the DOM → the next frame. Grafana's rows expand from their name's button
   * and add rows to its table; Flamelens' from the chevron, and the row says it is open
   * (aria-expanded) in the same commit that renders its children (only the rows in view exist,
   * so a count would not change).
   */
  async expandOne(which: Which, timeoutMs = 60000) {
    const before = callTreeRows(which);
    let target: HTMLElement | null;
    let done: () => boolean;
    if (which === 'grafana') {
      const row = container().querySelectorAll('[data-testid="callTree"] tbody tr')[1];
      target = row?.querySelector('td:nth-child(2) button') ?? null;
      done = () => callTreeRows(which) > before;
    } else {
      const row = container().querySelector(
        '[data-testid="flamelens-call-tree"] [role="row"][aria-level="2"][aria-expanded="false"]'
      );
      target = row?.querySelector('button') ?? null;
      done = () => row?.getAttribute('aria-expanded') === 'true';
    }
    if (!target) {
      return { ms: NaN, ok: false, added: 0 };
    }
    const t0 = performance.now();
    target.click();
    const ok = await until(done, timeoutMs);
    const inDomMs = performance.now() - t0;
    await nextFrame();
    return { ms: performance.now() - t0, inDomMs, ok, added: callTreeRows(which) - before };
  },

  /**
   * Frame filters against decoding: the frame → its tree (what every panel render starts from),
   * then presets applied to that tree (names tested once each, the tree rebuilt), medians of `runs`.
   */
  filterTiming(presets: PresetId[], runs: number) {
    const decode: number[] = [];
    const apply: number[] = [];
    let hidden = 0;
    let nodesAfter = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const decoded = nestedSetFrameToTree(frame!).tree;
      const t1 = performance.now();
      const out = applyFrameFilters(decoded, { hide: [], keep: [], presets }, re2);
      const t2 = performance.now();
      decode.push(t1 - t0);
      apply.push(t2 - t1);
      hidden = out.hiddenFunctions;
      nodesAfter = out.tree.count;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { decodeMs: median(decode), applyMs: median(apply), hidden, nodesAfter };
  },

  /** A generated merged pprof of at least `mb` MB uncompressed, kept for functionTableTiming. */
  makePprof(mb: number) {
    pprofBytes = generateMergedPprof(mb * 1e6);
    return { bytes: pprofBytes.length };
  },

  /**
   * The exact function table from the merged pprof (decode included) against pprof-format's decode
   * alone of the same bytes, alternating, medians of `runs`.
   */
  functionTableTiming(runs: number) {
    const bytes = pprofBytes!;
    const reference: number[] = [];
    const ours: number[] = [];
    let functions = 0;
    let samples = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      samples = Profile.decode(bytes).sample.length;
      const t1 = performance.now();
      const profile = decodeInflatedPprof(bytes);
      const table = functionTableOfPprof(profile, shownSampleType(profile));
      const t2 = performance.now();
      reference.push(t1 - t0);
      ours.push(t2 - t1);
      functions = table.names.length - 1;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { pprofFormatMs: median(reference), oursMs: median(ours), functions, samples };
  },

  /**
   * One function's line table, callers and callees straight from the merged pprof's bytes
   * (functionDetailsOfBytes), against pprof-format's decode alone of the same bytes, for the
   * function of median total among those with samples and for the hottest; medians of `runs`, the
   * order of the three alternating, a GC before each. Checked equal to the decoded profile's answer.
   */
  linesTiming(runs: number) {
    const bytes = pprofBytes!;
    const profile = decodeInflatedPprof(bytes);
    const sampleType = shownSampleType(profile);
    const table = functionTableOfPprof(profile, sampleType);
    const byTotal = Array.from({ length: table.names.length }, (_, i) => i)
      .filter((i) => table.total[i] > 0)
      .sort((a, b) => table.total[b] - table.total[a]);
    const picked = {
      middling: byTotal[Math.floor(byTotal.length / 2)],
      hottest: byTotal[0],
    };
    // Outside the timing: both answers checked against the decoded profile's, and their sizes.
    let same = true;
    const sizeOf = (f: number) => {
      const d = functionDetailsOfBytes(bytes, table.names[f], sampleType);
      same &&= JSON.stringify(d) === JSON.stringify(functionDetailsOfPprof(profile, table.names[f], sampleType));
      return { rows: d?.lines.length ?? 0, neighbours: (d?.callers.length ?? 0) + (d?.callees.length ?? 0) };
    };
    const sizes = { middling: sizeOf(picked.middling), hottest: sizeOf(picked.hottest) };
    const jobs = {
      reference: () => Profile.decode(bytes),
      middling: () => functionDetailsOfBytes(bytes, table.names[picked.middling], sampleType),
      hottest: () => functionDetailsOfBytes(bytes, table.names[picked.hottest], sampleType),
    };
    const times: Record<keyof typeof jobs, number[]> = { reference: [], middling: [], hottest: [] };
    const order = Object.keys(jobs) as Array<keyof typeof jobs>;
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < order.length; k++) {
        const job = order[(i + k) % order.length];
        gc();
        const t0 = performance.now();
        jobs[job]();
        times[job].push(performance.now() - t0);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const share = (f: number) => table.total[f] / table.grandTotal;
    return {
      pprofFormatMs: median(times.reference),
      middlingMs: median(times.middling),
      hottestMs: median(times.hottest),
      middling: {
        name: table.names[picked.middling],
        share: share(picked.middling),
        rank: byTotal.indexOf(picked.middling) + 1,
        ...sizes.middling,
      },
      hottest: { name: table.names[picked.hottest], share: share(picked.hottest), ...sizes.hottest },
      functionsWithSamples: byTotal.length,
      samples: profile.sampleCount,
      same,
    };
  },

  makeFrame(kind: 'wide' | 'deep', size: number) {
    tree = kind === 'wide' ? generateTree(size) : deepTree(size);
    frame = treeToNestedSetFrame(tree, { unit: 'ns' });
    zoomAt = widestChildCentre(tree);
    zoomName = widestChildName(tree);
    const info = { nodes: tree.count, maxDepth: tree.maxDepth };
    // Only the frame stays alive: both graphs get the same frame and nothing else.
    tree = undefined;
    return info;
  },

  unmount() {
    root?.unmount();
    root = undefined;
    container().innerHTML = '';
  },

  /** Unmounts everything and records the heap with only the frame alive. */
  async baseline() {
    api.unmount();
    await settle();
    baselineHeap = heap();
    return baselineHeap / 2 ** 20;
  },

  async render(which: Which, timeoutMs = 60000) {
    api.unmount();
    await settle();
    root = createRoot(container());
    watch = 'total';
    watchAt = 0;
    const t0 = performance.now();
    flushSync(() => root!.render(element(which)));
    await until(() => watchAt > 0, timeoutMs);
    await nextFrame();
    const ms = performance.now() - t0;
    watch = undefined;
    const c = canvasOf(which);
    const ok = c !== null && paintedAt(c, 8, 8);
    await settle();
    return { ms, painted: ok, heapDeltaMB: (heap() - baselineHeap) / 2 ** 20, heapMB: heap() / 2 ** 20 };
  },

  /** Hovers the root row (after leaving it) and waits for the tooltip. */
  async hover(which: Which, fraction: number) {
    const c = canvasOf(which)!;
    const r = c.getBoundingClientRect();
    const x = fraction * c.clientWidth;
    const tooltip = () =>
      which !== 'grafana'
        ? container().querySelector('[data-testid="flamelens-tooltip"]') !== null
        : (document.getElementById('grafana-portal-container')?.textContent ?? '').includes('total');
    c.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false, clientX: 0, clientY: 0 }));
    c.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    await until(() => !tooltip(), 5000);
    await nextFrame();
    const t0 = performance.now();
    c.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: r.left + x, clientY: r.top + 8 }));
    const ok = await until(tooltip, 10000);
    const inDom = performance.now() - t0;
    await nextFrame();
    return { ms: performance.now() - t0, inDomMs: inDom, ok };
  },

  /** Clicks the widest child of the root (row 1, at its middle) and waits until it spans the width. */
  async zoom(which: Which) {
    const c = canvasOf(which)!;
    const w = c.clientWidth;
    const x = zoomAt * w;
    const r = c.getBoundingClientRect();
    // Row 1 spans y 20-39 in Flamelens (20 px rows) and 22-43 in Grafana (22 px rows).
    const y = 30;
    watch = zoomName;
    watchAt = 0;
    const t0 = performance.now();
    c.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + x, clientY: r.top + y }));
    if (which === 'grafana') {
      // Grafana's click opens a menu; zooming takes its "Focus block" item.
      const item = () =>
        Array.from(document.querySelectorAll('[role="menuitem"], button')).find(
          (e) => e.textContent?.trim() === 'Focus block'
        ) as HTMLElement | undefined;
      await until(() => item() !== undefined, 10000);
      item()?.click();
    }
    await until(() => watchAt > 0, 10000);
    await nextFrame();
    const ms = performance.now() - t0;
    watch = undefined;
    // Zoomed: row 1 is painted at both far edges.
    const ok = paintedAt(canvasOf(which)!, 3, y) && paintedAt(canvasOf(which)!, w - 6, y);
    return { ms, ok };
  },

  /** Scrolls each graph to its deepest row and checks that row is painted at the chain's x. */
  async deepestPainted(which: Which) {
    const scroller =
      which !== 'grafana'
        ? (container().querySelector('[data-testid="flamelens-flamegraph"]') as HTMLElement)
        : (container().firstElementChild as HTMLElement);
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await nextFrame();
    await nextFrame();
    const c = canvasOf(which)!;
    const box = c.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    // The deepest row is the last content row: 20 px rows for Flamelens, 22 px for Grafana (its
    // canvas is as tall as the whole graph, so read it at the graph's full height).
    const y = which !== 'grafana' ? Math.min(box.height, view.bottom - box.top) - 10 : c.clientHeight - 10;
    return { painted: paintedAt(c, 20, y), canvasHeightPx: c.height, scrollHeightPx: scroller.scrollHeight };
  },

  /** Long tasks (over 50 ms) seen since the last call. */
  longTasks() {
    const out = [...longTasks];
    longTasks.length = 0;
    return out;
  },
};

const longTasks: number[] = [];

// Notes when a label starting with `watch` is drawn, on any canvas.
let watch: string | undefined;
let watchAt = 0;
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (
  this: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth?: number
) {
  if (watch !== undefined && text.startsWith(watch)) {
    watchAt = performance.now();
  }
  return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    longTasks.push(e.duration);
  }
}).observe({ type: 'longtask', buffered: false });

(window as unknown as { flBench: typeof api }).flBench = api;
// The same, as a function: runners' page.evaluate callbacks call bench() (calltree.ts).
(window as unknown as { bench: () => typeof api }).bench = () => api;
document.title = 'ready';

/**
 * Schedules progressive detail (src/tree/refine.ts) for one profile: on each render it is told the
 * tree and the view, and asks for the visible "other" nodes' call sites — shallowest first, two at
 * a time, at most 16 per view (zoom, width or data); a view change cancels what is in flight. A
 * call site is asked for once per profile (again with a larger node limit when its answer folded
 * frames under it once more), unless cancelled before its answer.
 */
import { callSiteKey, graftCallSite, refineTargets } from '../src/tree/refine';
import { findPath, nodeAtPath } from '../src/tree/paths';
import { childrenOf, NODE_TRUNCATED, type CallTree } from '../src/tree/callTree';

export const REFINE_MIN_PX = 8;
export const REFINE_CONCURRENT = 2;
export const REFINE_PER_VIEW = 16;
/** Pyroscope's largest node limit: a call site is never asked for more. */
export const MAX_NODES_LIMIT = 1_048_576;
/**
 * An answer can fold frames under its own call site again (more functions there than its node
 * limit tells apart): such a call site is asked again with 4× the limit, at most twice.
 */
const GROWTH = 4;
const MAX_LEVEL = 2;

/** Fetches the stacks under a call site with a node limit; undefined when the server has none. */
export type CallSiteFetch = (path: string[], signal: AbortSignal, maxNodes: number) => Promise<CallTree | undefined>;

export interface RefineStatus {
  /** Call sites answered in this view (zoom, width, data). */
  answered: number;
  /** Visible "other" nodes in flight or queued within this view's budget. */
  waiting: number;
  /** Visible "other" nodes this view will not load: over the budget of 16. */
  overBudget: number;
  /** Visible "other" nodes that stay folded: asked at the largest limit, or their request failed. */
  stuck: number;
  /** The last failure, said once. */
  failed?: string;
  /** "other" nodes of the current tree waiting to load, to mark. */
  marked: readonly number[];
}

export class Refiner {
  /** Per call site: the growth level of the last request made for it. */
  private readonly asked = new Map<string, number>();
  private readonly failures = new Set<string>();
  private readonly inFlight = new Map<string, { path: string[]; controller: AbortController }>();
  private viewKey?: string;
  private budget = 0;
  private answered = 0;
  private failed?: string;
  private queued: string[][] = [];
  private overBudget = 0;
  private stuck = 0;

  /** The profile with every answer so far grafted in, as soon as it arrives. */
  private current: CallTree;

  constructor(
    private readonly fetch: CallSiteFetch,
    /** The node limit of the query, which a call site's first request uses too. */
    private readonly maxNodes: number,
    base: CallTree,
    /** An answer (or none) arrived and is grafted: the profile as refined now. */
    private readonly onAnswer: (tree: CallTree) => void
  ) {
    this.current = base;
  }

  /**
   * The profile as refined so far. Answers are grafted here, not by the caller: a plan made between
   * an answer and its graft would see its "other" still there and ask for it again.
   */
  get tree(): CallTree {
    return this.current;
  }

  /**
   * Starts what the view needs; returns what to show. `zoomPath` is the zoomed frame's call path
   * (empty: the root); `viewKey` names the zoom, width and data.
   */
  plan(zoomPath: readonly string[], widthPx: number, viewKey: string): RefineStatus {
    const tree = this.current;
    const zoom = zoomPath.length ? nodeAtPath(tree, zoomPath) : 0;
    if (viewKey !== this.viewKey) {
      this.cancel();
      this.viewKey = viewKey;
      this.budget = REFINE_PER_VIEW;
      this.answered = 0;
    }
    const eligible: Array<{ path: string[]; level: number }> = [];
    this.stuck = 0;
    for (const t of refineTargets(tree, zoom, widthPx, REFINE_MIN_PX, new Set(this.inFlight.keys()))) {
      const key = callSiteKey(t.path);
      const last = this.asked.get(key);
      const level = last === undefined ? 0 : last + 1;
      if (this.failures.has(key) || level > MAX_LEVEL || this.limitAt(level) === this.limitAt(level - 1)) {
        this.stuck++;
      } else {
        eligible.push({ path: t.path, level });
      }
    }
    let next = 0;
    while (next < eligible.length && this.inFlight.size < REFINE_CONCURRENT && this.budget > 0) {
      this.start(eligible[next].path, eligible[next].level);
      next++;
    }
    const left = eligible.slice(next);
    this.queued = left.slice(0, this.budget).map((t) => t.path);
    this.overBudget = left.length - this.queued.length;
    return this.status(tree);
  }

  /** Cancels what is in flight; those call sites may be asked for again. */
  cancel(): void {
    for (const [key, { controller }] of this.inFlight) {
      controller.abort();
      const level = this.asked.get(key) ?? 0;
      if (level === 0) {
        this.asked.delete(key);
      } else {
        this.asked.set(key, level - 1);
      }
    }
    this.inFlight.clear();
  }

  private limitAt(level: number): number {
    return level < 0 ? -1 : Math.min(MAX_NODES_LIMIT, this.maxNodes * GROWTH ** level);
  }

  private start(path: string[], level: number): void {
    const key = callSiteKey(path);
    const controller = new AbortController();
    this.asked.set(key, level);
    this.budget--;
    this.inFlight.set(key, { path, controller });
    const settle = (detail: CallTree | undefined, error?: unknown) => {
      if (controller.signal.aborted) {
        return;
      }
      this.inFlight.delete(key);
      if (error === undefined) {
        this.answered++;
        if (detail) {
          this.current = graftCallSite(this.current, path, detail);
        }
      } else {
        this.failures.add(key);
        this.failed = error instanceof Error ? error.message : 'the request failed';
      }
      this.onAnswer(this.current);
    };
    this.fetch(path, controller.signal, this.limitAt(level)).then(
      (detail) => settle(detail),
      (e: unknown) => settle(undefined, e)
    );
  }

  private status(tree: CallTree): RefineStatus {
    const waitingPaths = [...[...this.inFlight.values()].map((f) => f.path), ...this.queued];
    const marked: number[] = [];
    for (const path of waitingPaths) {
      const site = findPath(tree, path);
      const other = site < 0 ? undefined : childrenOf(tree, site).find((c) => tree.flags[c] & NODE_TRUNCATED);
      if (other !== undefined) {
        marked.push(other);
      }
    }
    const failed = this.failed;
    this.failed = undefined;
    return {
      answered: this.answered,
      waiting: waitingPaths.length,
      overBudget: this.overBudget,
      stuck: this.stuck,
      failed,
      marked,
    };
  }
}

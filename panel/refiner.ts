/**
 * Schedules progressive detail (src/tree/refine.ts) for one profile: on each render it is told the
 * tree and the view, and asks for the visible "other" nodes' call sites — shallowest first, two at
 * a time, at most 16 per view (zoom, width or data); a view change cancels what is in flight. A
 * call site is asked for once per profile, unless cancelled before its answer.
 */
import { callSiteKey, refineTargets } from '../src/tree/refine';
import { findPath } from '../src/tree/paths';
import { childrenOf, NODE_TRUNCATED, type CallTree } from '../src/tree/callTree';

export const REFINE_MIN_PX = 8;
export const REFINE_CONCURRENT = 2;
export const REFINE_PER_VIEW = 16;

/** Fetches the stacks under a call site; undefined when the server has none. */
export type CallSiteFetch = (path: string[], signal: AbortSignal) => Promise<CallTree | undefined>;

export interface RefineStatus {
  /** Call sites asked for and answered since the profile came. */
  answered: number;
  /** Visible "other" nodes still waiting: in flight or queued. */
  waiting: number;
  /** Visible "other" nodes left when this view's budget ran out. */
  overBudget: number;
  /** The last failure, said once. */
  failed?: string;
  /** "other" nodes of the current tree being refined (in flight or queued), to mark. */
  marked: readonly number[];
}

export class Refiner {
  private readonly asked = new Set<string>();
  private readonly inFlight = new Map<string, { path: string[]; controller: AbortController }>();
  private viewKey?: string;
  private budget = 0;
  private answered = 0;
  private failed?: string;
  private queued: string[][] = [];
  private overBudget = 0;

  constructor(
    private readonly fetch: CallSiteFetch,
    /** An answer (or none) arrived: graft it and render again. */
    private readonly onAnswer: (path: string[], detail: CallTree | undefined) => void
  ) {}

  /** Starts what the view needs; returns what to show. `viewKey` names the zoom, width and data. */
  plan(tree: CallTree, zoom: number, widthPx: number, viewKey: string): RefineStatus {
    if (viewKey !== this.viewKey) {
      this.cancel();
      this.viewKey = viewKey;
      this.budget = REFINE_PER_VIEW;
    }
    const targets = refineTargets(tree, zoom, widthPx, REFINE_MIN_PX, this.asked);
    let next = 0;
    while (next < targets.length && this.inFlight.size < REFINE_CONCURRENT && this.budget > 0) {
      this.start(targets[next++].path);
    }
    const left = targets.slice(next);
    this.queued = this.budget > 0 ? left.map((t) => t.path) : [];
    this.overBudget = this.budget > 0 ? 0 : left.length;
    return this.status(tree);
  }

  /** Cancels what is in flight; those call sites may be asked for again. */
  cancel(): void {
    for (const [key, { controller }] of this.inFlight) {
      controller.abort();
      this.asked.delete(key);
    }
    this.inFlight.clear();
  }

  private start(path: string[]): void {
    const key = callSiteKey(path);
    const controller = new AbortController();
    this.asked.add(key);
    this.budget--;
    this.inFlight.set(key, { path, controller });
    const settle = (detail: CallTree | undefined, error?: unknown) => {
      if (controller.signal.aborted) {
        return;
      }
      this.inFlight.delete(key);
      if (error === undefined) {
        this.answered++;
      } else {
        this.failed = error instanceof Error ? error.message : 'the request failed';
      }
      this.onAnswer(path, detail);
    };
    this.fetch(path, controller.signal).then(
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
    return { answered: this.answered, waiting: waitingPaths.length, overBudget: this.overBudget, failed, marked };
  }
}

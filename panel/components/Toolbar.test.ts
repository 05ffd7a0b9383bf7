import { matchedText, matchedTitle, shownCrumbs } from './Toolbar';
import { refineStatusText } from './ToolbarExtras';

describe('shownCrumbs', () => {
  it('shows every entry of a short zoom path and only the ends of a long one', () => {
    expect(shownCrumbs(0)).toEqual([]);
    expect(shownCrumbs(5)).toEqual([0, 1, 2, 3, 4]);
    expect(shownCrumbs(9999)).toEqual([0, 1, 9996, 9997, 9998]);
  });
});

describe('matchedText', () => {
  const found = { count: 3, share: 0.2055, matched: new Uint8Array(0) };

  it("says the share is the graph's when frames are folded out of the search's reach", () => {
    expect(matchedText(found as never)).toBe('matched: 20.55% of total');
    expect(matchedText({ ...found, foldedShare: 0.536 } as never)).toBe('matched: 20.55% of total in the graph');
    expect(matchedTitle({ ...found, foldedShare: 0.536 } as never)).toMatch(
      /53\.6% of the graph is folded into "other" nodes the search cannot look into; the top table lists every function exactly\.$/
    );
  });
});

describe('refineStatusText', () => {
  const base = { answered: 0, waiting: 0, overBudget: 0, stuck: 0, marked: [] };

  it('counts what is left to load, what stays folded and why, and what was loaded', () => {
    expect(refineStatusText(base)).toBeUndefined();
    expect(refineStatusText({ ...base, waiting: 3 })?.text).toBe('Loading 3 folded…');
    const left = refineStatusText({ ...base, answered: 16, overBudget: 14 });
    expect(left?.text).toBe('14 left folded');
    expect(left?.title).toMatch(/14 beyond the 16 loads a view may make \(zoom in to load them\)/);
    expect(refineStatusText({ ...base, answered: 3, stuck: 1 })?.title).toMatch(
      /1 still folded at the largest node limit/
    );
    expect(refineStatusText({ ...base, answered: 2 })?.text).toBe('Folded frames loaded (2)');
    expect(refineStatusText({ ...base, failed: 'HTTP 503' })?.title).toMatch(/Could not load some: HTTP 503$/);
  });
});

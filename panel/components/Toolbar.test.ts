import { shownCrumbs } from './Toolbar';

describe('shownCrumbs', () => {
  it('shows every entry of a short zoom path and only the ends of a long one', () => {
    expect(shownCrumbs(0)).toEqual([]);
    expect(shownCrumbs(5)).toEqual([0, 1, 2, 3, 4]);
    expect(shownCrumbs(9999)).toEqual([0, 1, 9996, 9997, 9998]);
  });
});

import { sandwichSplit } from './sandwichSplit';

describe('sandwichSplit', () => {
  it('gives a shallow side what it needs and the other side the rest', () => {
    expect(sandwichSplit(300, 60, 500)).toEqual({ callers: 60, callees: 240 });
    expect(sandwichSplit(300, 500, 40)).toEqual({ callers: 260, callees: 40 });
  });

  it('halves the height when both sides overflow it', () => {
    expect(sandwichSplit(300, 500, 500)).toEqual({ callers: 150, callees: 150 });
    expect(sandwichSplit(301, 400, 151)).toEqual({ callers: 150, callees: 151 });
  });

  it('leaves the spare height below the callees when both fit (the callers sit on the function)', () => {
    expect(sandwichSplit(300, 100, 100)).toEqual({ callers: 100, callees: 200 });
  });

  it('never hands out more than the height, nor a negative one', () => {
    for (const [h, a, b] of [
      [0, 10, 10],
      [50, 0, 0],
      [37, 1000, 3],
      [1000, 20, 20],
    ]) {
      const s = sandwichSplit(h, a, b);
      expect(s.callers + s.callees).toBe(h);
      expect(Math.min(s.callers, s.callees)).toBeGreaterThanOrEqual(0);
    }
  });
});

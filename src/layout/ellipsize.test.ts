import { ellipsize } from './ellipsize';

describe('ellipsize', () => {
  const name = './sandbox/demo/rideshare.cjs:OrderCar:48';

  it('keeps the middle out first, so both the path start and the function stay', () => {
    expect(ellipsize(name, 24, 'middle')).toBe('./sandbox/d…:OrderCar:48');
    expect(ellipsize(name, 24, 'middle')).toHaveLength(24);
  });

  it("keeps the end for readers who asked for names' tails, the start otherwise", () => {
    expect(ellipsize(name, 20, 'end')).toBe('…are.cjs:OrderCar:48');
    expect(ellipsize(name, 10, 'start')).toBe('./sandbox…');
  });

  it('leaves names that fit alone, counts characters not UTF-16 units, and degrades to nothing', () => {
    expect(ellipsize('main', 4, 'middle')).toBe('main');
    expect(ellipsize('🔥🔥🔥🔥🔥', 3, 'end')).toBe('…🔥🔥');
    expect(ellipsize(name, 1, 'middle')).toBe('…');
    expect(ellipsize(name, 0, 'middle')).toBe('');
  });
});

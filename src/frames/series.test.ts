import { seriesToFrames } from './series';
import { rateInfo } from '../units';
import { breakdownFrame, breakdownRows } from './breakdown';

describe('series frames', () => {
  it('turns cumulative CPU nanoseconds per step into cores', () => {
    const [f] = seriesToFrames(
      [{ labels: [{ name: 'vehicle', value: 'car' }], points: [{ timestamp: 1000, value: 30e9 }] }],
      'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      15,
      'A'
    );
    expect(f.fields[1].values).toEqual([2]);
    expect(f.fields[1].config.unit).toBe('cores');
    expect(f.fields[1].config.displayNameFromDS).toBe('vehicle=car');
    expect(f.meta?.custom?.rateCalculated).toBe(true);
  });

  it('makes allocations per second and leaves in-use memory alone', () => {
    expect(rateInfo('memory:alloc_space:bytes:space:bytes')).toEqual({ cumulative: true, unit: 'binBps', scale: 1 });
    expect(rateInfo('memory:alloc_objects:count:space:bytes').unit).toBe('ops');
    expect(rateInfo('memory:inuse_space:bytes:space:bytes')).toEqual({ cumulative: false, unit: 'bytes', scale: 1 });
    const [f] = seriesToFrames(
      [{ labels: [], points: [{ timestamp: 1, value: 500 }] }],
      'memory:inuse_space:bytes:space:bytes',
      15
    );
    expect(f.fields[1].values).toEqual([500]);
  });
});

describe('tag breakdown', () => {
  const series = [
    { labels: [{ name: 'region', value: 'eu' }], points: [1, 3].map((value, i) => ({ timestamp: i, value })) },
    { labels: [{ name: 'region', value: 'us' }], points: [6, 6, 0].map((value, i) => ({ timestamp: i, value })) },
  ];

  it('computes total, share, mean, min, max and standard deviation per value', () => {
    const rows = breakdownRows(series, 'region');
    expect(rows.map((r) => r.value)).toEqual(['us', 'eu']);
    expect(rows[0]).toMatchObject({ total: 12, share: 0.75, mean: 4, min: 0, max: 6 });
    expect(rows[0].stddev).toBeCloseTo(Math.sqrt(8));
    expect(rows[1]).toMatchObject({ total: 4, share: 0.25, mean: 2, stddev: 1 });
  });

  it('is a table frame with links on the value column', () => {
    const f = breakdownFrame(breakdownRows(series, 'region'), 'region', 'cores', [{ title: 'Flame graph', url: '' }]);
    expect(f.fields.map((x) => x.name)).toEqual(['region', 'Total', 'Share', 'Mean', 'Min', 'Max', 'Std dev']);
    expect(f.fields[0].config.links).toHaveLength(1);
    expect(f.fields[2].config.unit).toBe('percentunit');
  });
});

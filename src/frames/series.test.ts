import { seriesToFrames } from './series';
import { rateInfo } from '../units';
import { breakdownFrame, breakdownRows, NO_VALUE } from './breakdown';

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
  // Per-step sums of CPU nanoseconds, 10 s steps: eu 1 s and 3 s, us 6, 6 and 0 s (and a series without the label).
  const s = 1e9;
  const series = [
    { labels: [{ name: 'region', value: 'eu' }], points: [1, 3].map((v, i) => ({ timestamp: i, value: v * s })) },
    { labels: [{ name: 'region', value: 'us' }], points: [6, 6, 0].map((v, i) => ({ timestamp: i, value: v * s })) },
    { labels: [], points: [{ timestamp: 0, value: 0 }] },
  ];
  const cpu = rateInfo('process_cpu:cpu:nanoseconds:cpu:nanoseconds');

  it('totals what was measured, and gives the rate statistics a time series shows', () => {
    const rows = breakdownRows(series, 'region', cpu, 10);
    expect(rows.map((r) => r.value)).toEqual(['us', 'eu', '']);
    expect(rows[0]).toMatchObject({ total: 12 * s, share: 0.75, min: 0, max: 0.6 });
    expect(rows[0].mean).toBeCloseTo(0.4);
    expect(rows[0].stddev).toBeCloseTo(Math.sqrt(0.08));
    expect(rows[1]).toMatchObject({ total: 4 * s, share: 0.25 });
    expect(rows[1].mean).toBeCloseTo(0.2);
  });

  it('is a table: linked values, the total in the profile unit, rates labelled per second, (no value) shown', () => {
    const f = breakdownFrame(breakdownRows(series, 'region', cpu, 10), 'region', { rate: cpu, sampleUnit: 'ns' }, [
      { title: 'Flame graph', url: '' },
    ]);
    expect(f.fields.map((x) => x.name)).toEqual([
      'region',
      'Total',
      'Share',
      'Mean (per second)',
      'Min (per second)',
      'Max (per second)',
      'Std dev',
    ]);
    expect(f.fields.map((x) => x.config.unit)).toEqual([
      undefined,
      'ns',
      'percentunit',
      'cores',
      'cores',
      'cores',
      'cores',
    ]);
    expect(f.fields[0].config.links).toHaveLength(1);
    expect(f.fields[0].config.mappings).toEqual([
      { type: 'special', options: { match: 'empty', result: { text: NO_VALUE } } },
    ]);
  });

  it('has no total for an instant type, and shares it out by the mean', () => {
    const inuse = rateInfo('memory:inuse_space:bytes:space:bytes');
    const rows = breakdownRows(series, 'region', inuse, 10);
    expect(rows[0]).toMatchObject({ value: 'us', mean: 4 * s });
    const f = breakdownFrame(rows, 'region', { rate: inuse, sampleUnit: 'bytes' }, []);
    expect(f.fields.map((x) => x.name)).toEqual(['region', 'Share', 'Mean', 'Min', 'Max', 'Std dev']);
  });
});

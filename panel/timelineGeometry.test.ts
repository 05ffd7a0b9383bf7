import type { Exemplar } from '../src/pyroscope/types';
import type { HeatmapTimeline, SeriesTimeline } from '../src/contract/timeline';
import {
  bucketOf,
  cellAt,
  exemplarAt,
  exemplarMarks,
  heatmapCells,
  PAD,
  topExemplars,
  type Box,
} from './timelineGeometry';

const ex = (t: number, value: number, extra: Partial<Exemplar> = {}): Exemplar => ({
  timestamp: t,
  profileId: `p${t}`,
  spanId: '',
  traceId: '',
  value,
  labels: [],
  ...extra,
});

const box: Box = { width: 1000, height: 100, start: 0, end: 100_000 };

describe('exemplar timeline geometry', () => {
  const series: SeriesTimeline = {
    kind: 'series',
    stepSeconds: 10,
    sampleUnit: 'ns',
    unit: 'cores',
    times: [0, 10_000, 20_000],
    values: [1, 4, 2],
    exemplars: [ex(3_000, 5), ex(12_000, 9), ex(29_999, 1)],
  };

  it('puts each diamond at its time, on the line at the point whose step holds it', () => {
    const marks = exemplarMarks(box, series);
    expect(marks.map((m) => Math.round(m.x * 100) / 100)).toEqual([30, 120, 299.99]);
    // The peak (4) is at the top of the plot, 1 a quarter of the way up.
    expect(marks[1].y).toBe(PAD);
    expect(marks[0].y).toBeCloseTo(100 - PAD - (1 / 4) * (100 - 2 * PAD));
    expect(marks[2].y).toBeCloseTo(100 - PAD - (2 / 4) * (100 - 2 * PAD));
  });

  it('picks the nearest diamond within reach of the pointer, and none farther', () => {
    const marks = exemplarMarks(box, series);
    expect(exemplarAt(marks, 121, PAD + 2)?.exemplar.value).toBe(9);
    expect(exemplarAt(marks, 200, 50)).toBeUndefined();
  });

  const heat: HeatmapTimeline = {
    kind: 'span',
    stepSeconds: 20,
    sampleUnit: 'ns',
    slots: [
      {
        timestamp: 40_000,
        yMin: [0, 10, 20, 30],
        counts: [3, 0, 0, 1],
        exemplars: [ex(35_000, 7, { spanId: 'a' }), ex(31_000, 38, { spanId: 'b' })],
      },
    ],
  };

  it('lays out non-empty cells in (t − step, t], lowest bucket at the bottom, each with its exemplar', () => {
    const cells = heatmapCells(box, heat);
    expect(cells.map((c) => [c.bucket, c.count, c.x, c.w, c.exemplar?.spanId])).toEqual([
      [0, 3, 200, 200, 'a'],
      [3, 1, 200, 200, 'b'],
    ]);
    const rowH = (100 - 2 * PAD) / 4;
    expect(cells[0].y).toBeCloseTo(100 - PAD - rowH);
    expect(cells[1].y).toBeCloseTo(PAD);
    expect([cells[1].lo, cells[1].hi]).toEqual([30, 40]);
    expect(cellAt(cells, 250, 100 - PAD - 1)?.count).toBe(3);
    expect(cellAt(cells, 150, 50)).toBeUndefined();
  });

  it('buckets a value by the last lower bound it reaches, as Pyroscope does', () => {
    expect([0, 9.9, 10, 29, 30, 1e9].map((v) => bucketOf([0, 10, 20, 30], v))).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it('lists span exemplars largest first, ties by time', () => {
    const h: HeatmapTimeline = {
      ...heat,
      slots: [
        ...heat.slots,
        { timestamp: 60_000, yMin: [0], counts: [1], exemplars: [ex(50_000, 38, { spanId: 'c' })] },
      ],
    };
    expect(topExemplars(h, 2).map((e) => e.spanId)).toEqual(['b', 'c']);
  });
});

import { applyFieldOverrides, createTheme, DataTopic, FieldType, getFieldDisplayName } from '@grafana/data';
import { exemplarFrame } from '../src/frames/exemplars';
import { exemplarColumns } from '../src/pyroscope/exemplarColumns';
import type { Exemplar } from '../src/pyroscope/types';

const ex = (i: number): Exemplar => ({
  timestamp: 1_700_000_000_000 + i * 15_000,
  profileId: `p-${i}`,
  spanId: '',
  traceId: '',
  value: i * 1e9,
  labels: [{ name: 'pod', value: `<img src=x onerror=alert(${i})>` }],
});

describe('the exemplar frame', () => {
  const make = () => {
    let reads = 0;
    const list = [ex(1), ex(2), ex(3)];
    const columns = exemplarColumns(list);
    const counted = { ...columns, at: (i: number) => (reads++, columns.at(i)) };
    const frame = exemplarFrame([counted], {
      yOf: (v) => v / 15e9,
      unit: 'cores',
      sampleUnit: 'ns',
      ids: ['profile'],
      links: { profile: [{ title: 'Open this profile', url: '' }] },
    });
    return { frame, reads: () => reads };
  };

  it("is the shape Grafana's time series panel takes exemplars from: annotations topic, Time and Value", () => {
    const { frame } = make();
    expect(frame.name).toBe('exemplar');
    expect(frame.meta?.dataTopic).toBe(DataTopic.Annotations);
    expect(frame.fields.map((f) => [f.name, f.type])).toEqual([
      ['Time', FieldType.time],
      ['Value', FieldType.number],
      ['Total', FieldType.number],
      ['Id', FieldType.string],
      ['Labels', FieldType.string],
    ]);
    expect(frame.fields[1].values).toEqual([1 / 15, 2 / 15, 3 / 15]);
  });

  it("goes through Grafana's field overrides, decoding only the rows a tooltip reads", () => {
    const { frame, reads } = make();
    const [processed] = applyFieldOverrides({
      data: [frame],
      fieldConfig: { defaults: {}, overrides: [] },
      replaceVariables: (s) => s,
      theme: createTheme(),
    });
    expect(reads()).toBe(0);
    const id = processed.fields.find((f) => f.name === 'Id')!;
    expect(getFieldDisplayName(id, processed)).toBe('Profile ID');
    expect(id.display!(id.values[1]).text).toBe('p-2');
    const labels = processed.fields.find((f) => f.name === 'Labels')!;
    // Hostile label values stay text: the display is a string, never markup.
    expect(labels.display!(labels.values[1]).text).toBe('pod=<img src=x onerror=alert(2)>');
    expect(reads()).toBe(2);
    const total = processed.fields.find((f) => f.name === 'Total')!;
    expect(total.display!(total.values[2]).text).toBe('3');
    expect(id.config.links?.[0].title).toBe('Open this profile');
  });
});

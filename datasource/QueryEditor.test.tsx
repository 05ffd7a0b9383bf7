import React from 'react';
import { cleanup, render, screen, waitFor, fireEvent } from '@testing-library/react';
import { CoreApp, dateTime } from '@grafana/data';
import { QueryEditor } from './QueryEditor';
import type { DataSource } from './DataSource';
import type { FlamelensQuery } from '../src/contract/query';
import { OLDER_SERVER, type ServerCapabilities } from '../src/contract/capabilities';

function fakeDataSource(
  capabilities: ServerCapabilities = { reported: true, flags: { v2StorageLayer: true, utf8LabelNames: true } }
): DataSource {
  return {
    capabilities: jest.fn().mockResolvedValue(capabilities),
    getProfileTypes: jest.fn().mockResolvedValue([
      {
        ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
        name: 'process_cpu',
        sampleType: 'cpu',
        sampleUnit: 'nanoseconds',
        periodType: 'cpu',
        periodUnit: 'nanoseconds',
      },
    ]),
    getLabelNames: jest.fn().mockResolvedValue(['region', 'vehicle']),
    getLabelValues: jest.fn().mockResolvedValue(['eu', 'us']),
  } as unknown as DataSource;
}

const range = {
  from: dateTime(1_700_000_000_000),
  to: dateTime(1_700_000_600_000),
  raw: { from: 'now-1h', to: 'now' },
};

function setup(query: Partial<FlamelensQuery>, app = CoreApp.Dashboard) {
  const onChange = jest.fn();
  const onRunQuery = jest.fn();
  const ds = fakeDataSource();
  const q: FlamelensQuery = {
    refId: 'A',
    queryType: 'profile',
    labelSelector: '{}',
    groupBy: [],
    profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
    ...query,
  };
  render(<QueryEditor datasource={ds} query={q} onChange={onChange} onRunQuery={onRunQuery} range={range} app={app} />);
  return { onChange, onRunQuery, ds };
}

describe('QueryEditor', () => {
  it('shows a syntax error with its column before anything runs', async () => {
    const { onRunQuery, ds } = setup({ labelSelector: '{region="eu" vehicle="car"}' });
    expect(await screen.findByText(/column 14: expected "," or "\}"/)).toBeInTheDocument();
    fireEvent.blur(screen.getByLabelText('Label selector'));
    expect(onRunQuery).not.toHaveBeenCalled();
    expect(ds.getLabelNames).not.toHaveBeenCalled();
  });

  it('reports a regex Pyroscope would reject, quoting the pattern as typed, and runs nothing', async () => {
    const { onRunQuery } = setup({ labelSelector: '{pod=~"(api"}' });
    expect(
      await screen.findByText('column 7: invalid regular expression for pod: missing closing ): `(api`')
    ).toBeInTheDocument();
    fireEvent.blur(screen.getByLabelText('Label selector'));
    expect(onRunQuery).not.toHaveBeenCalled();
  });

  it('looks up label names scoped to the profile type, the selector and the range (rounded out to whole minutes)', async () => {
    const { ds } = setup({ labelSelector: '{region="eu"}' });
    await waitFor(() =>
      expect(ds.getLabelNames).toHaveBeenCalledWith('process_cpu:cpu:nanoseconds:cpu:nanoseconds', '{region="eu"}', {
        start: 1_699_999_980_000,
        end: 1_700_000_640_000,
      })
    );
  });

  it('offers "Both" only in Explore, and the comparison fields for comparisons', async () => {
    setup({});
    await screen.findByText('Profile');
    expect(screen.queryByText('Both')).toBeNull();
    setup({ queryType: 'comparison' }, CoreApp.Explore);
    expect(screen.getAllByText('Both').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Baseline selector')).toBeInTheDocument();
  });

  it('says when a comparison would compare a query with itself, and not once the baseline differs', async () => {
    setup({ queryType: 'comparison', labelSelector: '{service_name="api"}' });
    expect(await screen.findByTestId('baseline-same-query')).toHaveTextContent(
      'Both sides are the same query, so every change reads 0: set a baseline selector or a baseline range.'
    );
    cleanup();
    setup({ queryType: 'diff', labelSelector: '{service_name="api"}', baselineShift: '1d' });
    await screen.findByLabelText('Baseline selector');
    expect(screen.queryByTestId('baseline-same-query')).toBeNull();
    cleanup();
    setup({ queryType: 'comparison', labelSelector: '{service_name="api"}', baselineSelector: '{service_name="web"}' });
    await screen.findByLabelText('Baseline selector');
    expect(screen.queryByTestId('baseline-same-query')).toBeNull();
  });

  it('reads span IDs as a list', async () => {
    const { onChange } = setup({});
    fireEvent.change(screen.getByLabelText('Span IDs'), { target: { value: 'aaaa, bbbb  cccc' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ spanSelector: ['aaaa', 'bbbb', 'cccc'] }));
  });

  it('reads profile IDs as a list', async () => {
    const { onChange } = setup({});
    const uuid = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    fireEvent.change(screen.getByLabelText('Profile IDs'), { target: { value: `${uuid} $profile` } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ profileIdSelector: [uuid, '$profile'] }));
    cleanup();
    setup({ profileIdSelector: ['<img src=x>'] });
    expect(await screen.findByText(/Profile IDs are UUIDs/)).toBeInTheDocument();
  });

  it('metrics: exemplars and a heatmap of profiles or spans, under the names of Grafana’s built-in datasource', async () => {
    const { onChange } = setup({ queryType: 'metrics' });
    fireEvent.click(await screen.findByLabelText('Exemplars'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ includeExemplars: true }));
    cleanup();
    const second = setup({ queryType: 'metrics', includeHeatmap: true });
    fireEvent.click(await screen.findByLabelText('Spans'));
    expect(second.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ heatmapType: 'span' }));
    cleanup();
    setup({ queryType: 'profile' });
    await screen.findByLabelText('Span IDs');
    expect(screen.queryByLabelText('Exemplars')).toBeNull();
  });
});

describe('QueryEditor profile type cascader', () => {
  it('shows the selected type as name - sample type', async () => {
    setup({});
    await waitFor(() =>
      expect((screen.getByTestId('profile-type').querySelector('input') as HTMLInputElement).value).toBe(
        'process_cpu - cpu'
      )
    );
  });
});

describe("QueryEditor and the server's capabilities", () => {
  it('hides trace ID selection on a server without Pyroscope 2 storage, and says why in one line', async () => {
    render(
      <QueryEditor
        datasource={fakeDataSource(OLDER_SERVER)}
        query={{ refId: 'A', queryType: 'profile', labelSelector: '{}', groupBy: [], profileTypeId: 'x' }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        range={range}
        app={CoreApp.Dashboard}
      />
    );
    expect(await screen.findByTestId('server-capabilities')).toHaveTextContent(
      'Trace ID selection needs Pyroscope 2 storage: this server does not report its capabilities (an older Pyroscope).'
    );
    expect(screen.queryByLabelText('Trace IDs')).toBeNull();
    expect(screen.getByLabelText('Span IDs')).toBeInTheDocument();
  });

  it('offers trace IDs, and says nothing, on a Pyroscope 2 server', async () => {
    const ds = fakeDataSource();
    render(
      <QueryEditor
        datasource={ds}
        query={{ refId: 'A', queryType: 'profile', labelSelector: '{}', groupBy: [], profileTypeId: 'x' }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        range={range}
        app={CoreApp.Dashboard}
      />
    );
    await waitFor(() => expect(ds.capabilities).toHaveBeenCalled());
    expect(screen.getByLabelText('Trace IDs')).toBeInTheDocument();
    expect(screen.queryByTestId('server-capabilities')).toBeNull();
  });
});

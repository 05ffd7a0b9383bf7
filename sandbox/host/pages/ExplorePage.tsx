import React, { useEffect, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { CoreApp, DataFrame, DataQuery, DataSourceApi, LoadingState, PanelData } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Button, Select, useStyles2 } from '@grafana/ui';
import { dataSourceInstance, dataSources } from '../services/dataSourceSrv';
import { runQueries, toTimeRange } from '../queries';
import { PanelView } from './PanelView';
import { TraceView } from './TraceView';

interface Pane {
  datasource: string;
  queries: DataQuery[];
  range: { from: string; to: string };
}

/**
 * Explore's URL: /explore?schemaVersion=1&panes={"a":{datasource, queries, range}}. The older form
 * that data links still generate, /explore?left={datasource, queries, range}[&right=…] (or its
 * compact array ["from","to","datasource",query…]), is migrated to panes, as Grafana's Explore
 * does (public/app/features/explore/state/urlMigrations — v0 to v1).
 */
export function panesFromUrl(search: string): Record<string, Pane> {
  const params = new URLSearchParams(search);
  const ds = dataSources()[0];
  const fallback: Pane = { datasource: ds?.uid ?? '', queries: [{ refId: 'A' }], range: { from: 'now-1h', to: 'now' } };
  const parse = (raw: string | null): unknown => {
    try {
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  };
  const panes = parse(params.get('panes'));
  if (panes && typeof panes === 'object') {
    return panes as Record<string, Pane>;
  }
  const legacy = (raw: unknown): Pane | undefined => {
    if (Array.isArray(raw)) {
      const [from, to, datasource, ...queries] = raw as [string, string, string, ...DataQuery[]];
      return { datasource, queries: queries.filter((q) => typeof q === 'object'), range: { from, to } };
    }
    if (raw && typeof raw === 'object') {
      const o = raw as Partial<Pane> & { range?: { from?: string; to?: string } };
      return {
        datasource: o.datasource ?? fallback.datasource,
        queries: o.queries?.length ? o.queries : fallback.queries,
        range: { from: String(o.range?.from ?? 'now-1h'), to: String(o.range?.to ?? 'now') },
      };
    }
    return undefined;
  };
  const left = legacy(parse(params.get('left')));
  const right = legacy(parse(params.get('right')));
  if (left) {
    return right ? { a: left, b: right } : { a: left };
  }
  return { a: fallback };
}

function ExplorePane({
  id,
  pane,
  onChange,
  width,
}: {
  id: string;
  pane: Pane;
  onChange: (p: Pane) => void;
  width: number;
}) {
  const [ds, setDs] = useState<DataSourceApi>();
  const [data, setData] = useState<PanelData>();
  const range = toTimeRange(pane.range.from, pane.range.to);
  // The queries as last edited: an editor calls onChange then onRunQuery in one go, and Grafana's
  // Explore runs the edited query, not the one of the last render.
  const latest = useRef(pane.queries);
  latest.current = pane.queries;
  useEffect(() => {
    void dataSourceInstance(pane.datasource).then(setDs);
  }, [pane.datasource]);

  const run = async () => {
    if (!ds) {
      return;
    }
    setData({ state: LoadingState.Loading, series: [], timeRange: range });
    let res: Awaited<ReturnType<typeof runQueries>>;
    try {
      res = await runQueries(
        ds,
        latest.current.map((q) => ({ ...q, datasource: { uid: pane.datasource } })),
        range,
        { app: CoreApp.Explore, requestId: `explore_${id}` }
      );
    } catch (e) {
      // A query that throws (or an Observable that ends without an answer) is shown, not lost.
      setData({ state: LoadingState.Error, series: [], errors: [{ message: String(e) }], timeRange: range });
      return;
    }
    setData({
      state: res.errors?.length || res.error ? LoadingState.Error : LoadingState.Done,
      series: res.data as DataFrame[],
      errors: res.errors ?? (res.error ? [res.error] : undefined),
      timeRange: range,
      request: res.request,
    });
  };
  // A tracing data source's pane (Tempo's type) shows the trace view, not an editor and graphs.
  const tracing = ds?.type === 'tempo';
  useEffect(() => {
    if (
      ds &&
      pane.queries.some(
        (q) => (q as { profileTypeId?: string }).profileTypeId || (tracing && (q as { query?: string }).query)
      )
    ) {
      void run();
    }
  }, [ds, pane.range.from, pane.range.to]); // eslint-disable-line react-hooks/exhaustive-deps

  const QueryEditor = (ds as unknown as { components?: { QueryEditor?: React.ComponentType<Record<string, unknown>> } })
    ?.components?.QueryEditor;
  const flame = data?.series.filter((f) => f.meta?.preferredVisualisationType === 'flamegraph') ?? [];
  const tables = data?.series.filter((f) => f.meta?.preferredVisualisationType === 'table') ?? [];
  const series = data?.series.filter((f) => f.meta?.preferredVisualisationType === 'graph') ?? [];
  const traces = data?.series.filter((f) => f.meta?.preferredVisualisationType === 'trace') ?? [];
  const download = (
    ds as unknown as {
      downloadProfile?: (q: DataQuery, r: { start: number; end: number }) => Promise<Uint8Array | undefined>;
    }
  )?.downloadProfile;
  const saveProfile = async () => {
    const bytes = await download!.call(ds, pane.queries[0], { start: range.from.valueOf(), end: range.to.valueOf() });
    if (!bytes) {
      return;
    }
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'profile.pb';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div data-testid={`explore-pane-${id}`} style={{ width, padding: 8 }}>
      {ds &&
        QueryEditor &&
        !tracing &&
        pane.queries.map((q, i) => (
          <QueryEditor
            key={q.refId}
            datasource={ds}
            query={q}
            range={range}
            app={CoreApp.Explore}
            onChange={(next: DataQuery) => {
              latest.current = latest.current.map((x, j) => (j === i ? next : x));
              onChange({ ...pane, queries: latest.current });
            }}
            onRunQuery={() => void run()}
          />
        ))}
      <Button onClick={() => void run()} data-testid={`explore-run-${id}`} style={{ margin: '8px 8px 8px 0' }}>
        Run query
      </Button>
      {download && (
        <Button variant="secondary" onClick={() => void saveProfile()} data-testid={`explore-download-${id}`}>
          Download pprof
        </Button>
      )}
      {data?.state === LoadingState.Error && <div role="alert">{data.errors?.[0]?.message}</div>}
      {data?.state === LoadingState.Done && data.series.length === 0 && (
        <div data-testid={`explore-nodata-${id}`}>No data for this query and time range.</div>
      )}
      {series.length > 0 && data && (
        <PanelView
          panel={{ id: 1, type: 'timeseries', title: 'Profile metrics' }}
          data={{ ...data, series }}
          width={width - 16}
          height={260}
          timeRange={range}
          onChangeTimeRange={(r) => onChange({ ...pane, range: { from: String(r.from), to: String(r.to) } })}
        />
      )}
      <span hidden data-testid={`explore-range-${id}`}>{`${pane.range.from}..${pane.range.to}`}</span>
      {tables.length > 0 && data && (
        <PanelView
          panel={{ id: 3, type: 'table', title: tables[0].name ?? 'Table' }}
          data={{ ...data, series: tables }}
          width={width - 16}
          height={260}
          timeRange={range}
          onChangeTimeRange={() => undefined}
        />
      )}
      {traces.map((frame, i) => (
        <TraceView key={`${frame.refId ?? ''}-${i}`} frame={frame} />
      ))}
      {flame.length > 0 && data && (
        <PanelView
          panel={{ id: 2, type: 'flamelens-flamegraph-panel', title: 'Flame graph', options: { view: 'both' } }}
          data={{ ...data, series: flame }}
          width={width - 16}
          height={520}
          timeRange={range}
          onChangeTimeRange={() => undefined}
        />
      )}
    </div>
  );
}

export function ExplorePage() {
  const styles = useStyles2(() => ({
    row: css({ display: 'flex' }),
    bar: css({ display: 'flex', gap: 8, padding: 8 }),
  }));
  const [panes, setPanes] = useState<Record<string, Pane>>(() => panesFromUrl(locationService.getLocation().search));
  useEffect(() => {
    // Only the panes change: other parameters (panels' view state, the theme) stay, as in Grafana;
    // the legacy left/right parameters are replaced by panes.
    locationService.partial(
      { schemaVersion: 1, panes: JSON.stringify(panes), left: undefined, right: undefined },
      true
    );
  }, [panes]);
  const ids = Object.keys(panes);
  const w = (window.innerWidth - 16) / ids.length;
  return (
    <div>
      <div className={styles.bar}>
        <Select
          aria-label="Data source"
          width={40}
          options={dataSources().map((d) => ({ label: d.name, value: d.uid }))}
          value={panes[ids[0]]?.datasource}
          onChange={(s) => setPanes((p) => ({ ...p, [ids[0]]: { ...p[ids[0]], datasource: String(s.value) } }))}
        />
        {ids.length === 1 ? (
          <Button
            variant="secondary"
            onClick={() => setPanes((p) => ({ ...p, b: structuredClone(p[ids[0]]) }))}
            data-testid="explore-split"
          >
            Split
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => setPanes((p) => ({ a: p[ids[0]] }))}>
            Close split
          </Button>
        )}
      </div>
      <div className={styles.row}>
        {ids.map((id) => (
          <ExplorePane
            key={id}
            id={id}
            pane={panes[id]}
            width={w}
            onChange={(p) => setPanes((all) => ({ ...all, [id]: p }))}
          />
        ))}
      </div>
    </div>
  );
}

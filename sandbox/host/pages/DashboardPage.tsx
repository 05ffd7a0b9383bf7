import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import type {
  AdHocVariableFilter,
  DataFrame,
  DataQuery,
  DataQueryRequest,
  MetricFindValue,
  PanelData,
  TimeRange,
} from '@grafana/data';
import { LoadingState } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Button, InlineField, MultiSelect, Select, useStyles2 } from '@grafana/ui';
import { isObservable, lastValueFrom } from 'rxjs';
import { dataSourceInstance } from '../services/dataSourceSrv';
import { HostVariable, setVariables, templateSrv } from '../services/templateSrv';
import { runQueries, toTimeRange } from '../queries';
import { PanelModel, PanelView } from './PanelView';
import { AdHocFilters, adHocUrlValue, parseAdHocUrlValue } from './AdHocFilters';

interface DashboardPanel extends PanelModel {
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { uid: string };
  targets: DataQuery[];
}

interface VariableModel {
  name: string;
  label?: string;
  type: string;
  datasource?: { uid: string };
  query: unknown;
  multi?: boolean;
  includeAll?: boolean;
  allValue?: string;
  current?: { value: string | string[] };
  /** Ad hoc filters variables: their saved filters. */
  filters?: AdHocVariableFilter[];
}

interface Dashboard {
  uid: string;
  title: string;
  time: { from: string; to: string };
  templating: { list: VariableModel[] };
  panels: DashboardPanel[];
}

const RANGES = ['now-5m', 'now-15m', 'now-1h', 'now-6h', 'now-24h', 'now-7d'].map((v) => ({
  label: `Last ${v.slice(4)}`,
  value: v,
}));

function params(): URLSearchParams {
  return new URLSearchParams(locationService.getLocation().search);
}

/** Values of one variable, through the data source's variable support (as Grafana runs it). */
async function variableValues(v: VariableModel, range: TimeRange): Promise<MetricFindValue[]> {
  const ds = await dataSourceInstance(v.datasource?.uid);
  const support = (ds as unknown as { variables?: { query?: (r: DataQueryRequest) => unknown } }).variables;
  if (support?.query) {
    const request = {
      targets: [{ refId: 'variable', ...(v.query as object) }],
      range,
      scopedVars: {},
      app: 'dashboard',
      requestId: `var-${v.name}`,
      interval: '1m',
      intervalMs: 60000,
      timezone: 'browser',
      startTime: Date.now(),
    } as unknown as DataQueryRequest;
    const res = support.query(request);
    const r = (isObservable(res) ? await lastValueFrom(res) : await res) as { data: MetricFindValue[] };
    return r.data;
  }
  return ds.metricFindQuery ? ds.metricFindQuery(v.query, { range }) : [];
}

export function DashboardPage({ uid }: { uid: string }) {
  const styles = useStyles2(() => ({
    bar: css({ display: 'flex', gap: 8, alignItems: 'center', padding: '8px 16px', flexWrap: 'wrap' }),
    grid: css({ position: 'relative', margin: '0 16px' }),
  }));
  const [dash, setDash] = useState<Dashboard>();
  const [vars, setVars] = useState<HostVariable[]>([]);
  const [from, setFrom] = useState(params().get('from') ?? '');
  const [to, setTo] = useState(params().get('to') ?? 'now');
  const [data, setData] = useState<Record<number, PanelData>>({});
  const [width, setWidth] = useState(window.innerWidth - 32);
  const [refresh, setRefresh] = useState(0);
  const [editing, setEditing] = useState<number>();

  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth - 32);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    void fetch(`/api/dashboards/uid/${uid}`)
      .then((r) => r.json() as Promise<{ dashboard: Dashboard }>)
      .then((r) => {
        setDash(r.dashboard);
        if (!params().get('from')) {
          setFrom(r.dashboard.time.from);
          setTo(r.dashboard.time.to);
        }
      });
  }, [uid]);

  const range = useMemo(() => toTimeRange(from || 'now-1h', to || 'now'), [from, to, refresh]); // eslint-disable-line react-hooks/exhaustive-deps

  // Variables in order, each seeing the ones before it (a query may use $profile_type).
  useEffect(() => {
    if (!dash) {
      return;
    }
    let live = true;
    void (async () => {
      const resolved: HostVariable[] = [];
      const url = params();
      for (const v of dash.templating.list) {
        setVariables(resolved);
        if (v.type === 'adhoc') {
          const fromUrl = url.getAll(`var-${v.name}`).map(parseAdHocUrlValue);
          const filters = fromUrl.length
            ? fromUrl.filter((f): f is AdHocVariableFilter => f !== undefined)
            : (v.filters ?? []);
          const datasourceUid = v.datasource?.uid ?? '';
          resolved.push({
            name: v.name,
            label: v.label,
            multi: false,
            includeAll: false,
            options: [],
            current: [],
            adhoc: { datasourceUid, filters },
          });
          continue;
        }
        let options: Array<{ text: string; value: string }> = [];
        try {
          const values = await variableValues(v, range);
          options = values.map((x) => ({ text: String(x.text), value: String(x.value ?? x.text) }));
        } catch {
          options = [];
        }
        const fromUrl = url.getAll(`var-${v.name}`);
        const saved = v.current?.value;
        let current = fromUrl.length ? fromUrl : saved === undefined ? [] : Array.isArray(saved) ? saved : [saved];
        current = current.filter((c) => c === '$__all' || options.some((o) => o.value === c));
        if (current.length === 0 && options.length) {
          current = [v.includeAll ? '$__all' : options[0].value];
        }
        resolved.push({
          name: v.name,
          label: v.label,
          multi: !!v.multi,
          includeAll: !!v.includeAll,
          allValue: v.allValue,
          options,
          current,
        });
      }
      if (live) {
        setVariables(resolved);
        setVars(resolved);
      }
    })();
    return () => {
      live = false;
    };
  }, [dash, range]);

  // Keep the URL in Grafana's scheme: /d/<uid>?var-x=a&var-x=b&from=…&to=…
  useEffect(() => {
    if (!dash || vars.length !== dash.templating.list.length) {
      return;
    }
    const qs = new URLSearchParams();
    for (const v of vars) {
      v.current.forEach((c) => qs.append(`var-${v.name}`, c));
      v.adhoc?.filters.forEach((f) => qs.append(`var-${v.name}`, adHocUrlValue(f)));
    }
    qs.set('from', from);
    qs.set('to', to);
    locationService.replace(`/d/${uid}?${qs.toString()}`);
  }, [vars, from, to, dash, uid]);

  const runs = React.useRef<Record<number, number>>({});
  const runPanel = useCallback(
    async (panel: DashboardPanel) => {
      // Only the latest run of a panel may set its data, as Grafana's query runner switches to it.
      const run = (runs.current[panel.id] = (runs.current[panel.id] ?? 0) + 1);
      const latest = () => runs.current[panel.id] === run;
      setData((d) => ({ ...d, [panel.id]: { state: LoadingState.Loading, series: [], timeRange: range } }));
      try {
        const ds = await dataSourceInstance(panel.datasource?.uid);
        const filters = vars.flatMap((v) =>
          v.adhoc && v.adhoc.datasourceUid === (panel.datasource?.uid ?? '') ? v.adhoc.filters : []
        );
        const res = await runQueries(ds, panel.targets, range, {
          maxDataPoints: Math.round((width * panel.gridPos.w) / 24),
          panelId: panel.id,
          filters,
        });
        if (!latest()) {
          return;
        }
        setData((d) => ({
          ...d,
          [panel.id]: {
            state: res.error || res.errors?.length ? LoadingState.Error : LoadingState.Done,
            series: res.data as DataFrame[],
            errors: res.errors ?? (res.error ? [res.error] : undefined),
            timeRange: range,
            request: res.request,
          },
        }));
      } catch (e) {
        if (!latest()) {
          return;
        }
        setData((d) => ({
          ...d,
          [panel.id]: {
            state: LoadingState.Error,
            series: [],
            errors: [{ message: (e as Error).message }],
            timeRange: range,
          },
        }));
      }
    },
    [range, width, vars]
  );

  useEffect(() => {
    if (dash && vars.length === dash.templating.list.length) {
      dash.panels.forEach((p) => void runPanel(p));
    }
  }, [dash, vars, runPanel]);

  if (!dash) {
    return <div style={{ padding: 16 }}>Loading dashboard…</div>;
  }
  const col = width / 24;
  const ROW = 30;
  const setVar = (name: string, current: string[]) =>
    setVars((vs) => vs.map((v) => (v.name === name ? { ...v, current } : v)));
  return (
    <div>
      <div className={styles.bar} data-testid="variables-bar">
        <h2 style={{ margin: 0, marginRight: 16 }}>{dash.title}</h2>
        {vars.map((v) => {
          if (v.adhoc) {
            const uid = v.adhoc.datasourceUid;
            return (
              <AdHocFilters
                key={v.name}
                name={v.name}
                label={v.label}
                datasourceUid={uid}
                filters={v.adhoc.filters}
                onChange={(filters) =>
                  setVars((vs) =>
                    vs.map((x) => (x.name === v.name && x.adhoc ? { ...x, adhoc: { ...x.adhoc, filters } } : x))
                  )
                }
              />
            );
          }
          const opts = [
            ...(v.includeAll ? [{ label: 'All', value: '$__all' }] : []),
            ...v.options.map((o) => ({ label: o.text, value: o.value })),
          ];
          return (
            <InlineField key={v.name} label={v.label ?? v.name} data-testid={`variable-${v.name}`}>
              {v.multi ? (
                <MultiSelect
                  aria-label={`Variable ${v.name}`}
                  width={30}
                  options={opts}
                  value={v.current}
                  onChange={(sel) =>
                    setVar(
                      v.name,
                      sel.map((s) => String(s.value))
                    )
                  }
                />
              ) : (
                <Select
                  aria-label={`Variable ${v.name}`}
                  width={40}
                  options={opts}
                  value={v.current[0]}
                  onChange={(sel) => setVar(v.name, [String(sel.value)])}
                />
              )}
            </InlineField>
          );
        })}
        <Select
          aria-label="Time range"
          width={20}
          options={RANGES}
          value={RANGES.find((r) => r.value === from) ? from : undefined}
          placeholder={`${from} to ${to}`}
          onChange={(s) => {
            setFrom(String(s.value));
            setTo('now');
          }}
        />
        <Button variant="secondary" icon="sync" onClick={() => setRefresh((n) => n + 1)} aria-label="Refresh" />
      </div>
      <div
        className={styles.grid}
        style={{ height: Math.max(...dash.panels.map((p) => (p.gridPos.y + p.gridPos.h) * ROW)) }}
      >
        {dash.panels.map((p) => (
          <div
            key={p.id}
            style={{
              position: 'absolute',
              left: p.gridPos.x * col,
              top: p.gridPos.y * ROW,
              width: p.gridPos.w * col - 8,
              height: p.gridPos.h * ROW - 8,
            }}
          >
            <Button
              size="sm"
              variant="secondary"
              fill="text"
              style={{ position: 'absolute', right: 8, top: 4, zIndex: 2 }}
              onClick={() => setEditing(p.id)}
              data-testid={`edit-panel-${p.id}`}
            >
              Edit
            </Button>
            <PanelView
              panel={p}
              data={data[p.id]}
              width={p.gridPos.w * col - 8}
              height={p.gridPos.h * ROW - 8}
              timeRange={range}
              onChangeTimeRange={(r) => {
                setFrom(String(r.from));
                setTo(String(r.to));
              }}
            />
          </div>
        ))}
      </div>
      {editing !== undefined && (
        <PanelEditor
          panel={dash.panels.find((p) => p.id === editing)!}
          range={range}
          onClose={() => setEditing(undefined)}
          onChange={(panel) => {
            setDash({ ...dash, panels: dash.panels.map((p) => (p.id === panel.id ? panel : p)) });
            void runPanel(panel);
          }}
        />
      )}
      <span hidden data-testid="template-probe">
        {templateSrv.replace('$service')}
      </span>
    </div>
  );
}

/** Panel edit: the data source's own query editor for each of the panel's queries. */
function PanelEditor({
  panel,
  range,
  onChange,
  onClose,
}: {
  panel: DashboardPanel;
  range: TimeRange;
  onChange: (p: DashboardPanel) => void;
  onClose: () => void;
}) {
  const [ds, setDs] = useState<Awaited<ReturnType<typeof dataSourceInstance>>>();
  const [targets, setTargets] = useState(panel.targets);
  useEffect(() => {
    void dataSourceInstance(panel.datasource?.uid).then(setDs);
  }, [panel.datasource?.uid]);
  const QueryEditor = (ds as unknown as { components?: { QueryEditor?: React.ComponentType<Record<string, unknown>> } })
    ?.components?.QueryEditor;
  return (
    <div style={{ margin: 16, padding: 16, border: '1px solid #555' }} data-testid="panel-editor">
      <h3>Edit panel: {panel.title}</h3>
      {ds &&
        QueryEditor &&
        targets.map((t, i) => (
          <QueryEditor
            key={t.refId}
            datasource={ds}
            query={t}
            range={range}
            app="panel-editor"
            onChange={(q: DataQuery) => setTargets(targets.map((x, j) => (j === i ? q : x)))}
            onRunQuery={() => onChange({ ...panel, targets })}
          />
        ))}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button onClick={() => onChange({ ...panel, targets })}>Apply</Button>
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}

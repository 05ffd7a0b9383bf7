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
import { CoreApp, DataTopic, LoadingState } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Button, Dropdown, InlineField, Menu, Select, useStyles2 } from '@grafana/ui';
import { MultiValuePicker } from './MultiValuePicker';
import { isObservable, lastValueFrom } from 'rxjs';
import { dataSourceInstance } from '../services/dataSourceSrv';
import { HostVariable, setTimeRange, setVariables, templateSrv } from '../services/templateSrv';
import { dependentVariables, mentionsAny } from '../services/variableDeps';
import { dataSources } from '../services/dataSourceSrv';
import { PanelEditor } from './PanelEditor';
import { runQueries, toTimeRange } from '../queries';
import { PanelModel, PanelView } from './PanelView';
import { AdHocFilters, adHocUrlValue, parseAdHocUrlValue } from './AdHocFilters';

export interface DashboardPanel extends PanelModel {
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

/**
 * A variable's state from its definition: options from its query (with the variables before it
 * already in the template service), the selection from the URL, else the saved one, else the
 * default (All, or the first option) — dropping selected values that are no longer options.
 */
async function resolveVariable(v: VariableModel, range: TimeRange, url: URLSearchParams, keep?: HostVariable) {
  if (v.type === 'adhoc') {
    const fromUrl = url.getAll(`var-${v.name}`).map(parseAdHocUrlValue);
    const filters = fromUrl.length
      ? fromUrl.filter((f): f is AdHocVariableFilter => f !== undefined)
      : (keep?.adhoc?.filters ?? v.filters ?? []);
    const resolved: HostVariable = {
      name: v.name,
      label: v.label,
      multi: false,
      includeAll: false,
      options: [],
      current: [],
      adhoc: { datasourceUid: v.datasource?.uid ?? '', filters },
    };
    return resolved;
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
  let current = keep
    ? keep.current
    : fromUrl.length
      ? fromUrl
      : saved === undefined
        ? []
        : Array.isArray(saved)
          ? saved
          : [saved];
  current = current.filter((c) => c === '$__all' || options.some((o) => o.value === c));
  if (current.length === 0 && options.length) {
    current = [v.includeAll ? '$__all' : options[0].value];
  }
  const resolved: HostVariable = {
    name: v.name,
    label: v.label,
    multi: !!v.multi,
    includeAll: !!v.includeAll,
    allValue: v.allValue,
    options,
    current,
  };
  return resolved;
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
    row: css({ fontSize: 18, margin: 0, padding: '6px 0', borderBottom: '1px solid rgba(128,128,128,0.3)' }),
  }));
  const [dash, setDash] = useState<Dashboard>();
  const [panels, setPanels] = useState<DashboardPanel[]>([]);
  const [vars, setVars] = useState<HostVariable[]>([]);
  const [from, setFrom] = useState(params().get('from') ?? '');
  const [to, setTo] = useState(params().get('to') ?? 'now');
  const [data, setData] = useState<Record<number, PanelData>>({});
  const [runCounts, setRunCounts] = useState<Record<number, number>>({});
  const [width, setWidth] = useState(window.innerWidth - 32);
  const [refresh, setRefresh] = useState(0);
  const [editing, setEditing] = useState<number | undefined>(() => {
    const id = params().get('editPanel');
    return id ? Number(id) : undefined;
  });
  // The panel as it was when its editor opened, for "Discard panel changes".
  const beforeEdit = React.useRef<DashboardPanel>();

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
        setPanels(r.dashboard.panels);
        if (!params().get('from')) {
          setFrom(r.dashboard.time.from);
          setTo(r.dashboard.time.to);
        }
      });
  }, [uid]);

  const range = useMemo(() => toTimeRange(from || 'now-1h', to || 'now'), [from, to, refresh]); // eslint-disable-line react-hooks/exhaustive-deps
  setTimeRange(range);
  const latest = React.useRef({ panels, vars, range, width });
  latest.current = { panels, vars, range, width };

  const runs = React.useRef<Record<number, number>>({});
  /** Runs one panel's queries with the variables given (the ones just set, not the last render's). */
  const runPanel = useCallback(async (panel: DashboardPanel, varsNow: HostVariable[]) => {
    if (panel.type === 'row') {
      return;
    }
    const { range: r, width: w } = latest.current;
    // Only the latest run of a panel may set its data, as Grafana's query runner switches to it.
    const run = (runs.current[panel.id] = (runs.current[panel.id] ?? 0) + 1);
    setRunCounts((c) => ({ ...c, [panel.id]: run }));
    const isLatest = () => runs.current[panel.id] === run;
    setData((d) => ({ ...d, [panel.id]: { state: LoadingState.Loading, series: [], timeRange: r } }));
    try {
      const ds = await dataSourceInstance(panel.datasource?.uid);
      const filters = varsNow.flatMap((v) =>
        v.adhoc && v.adhoc.datasourceUid === (panel.datasource?.uid ?? '') ? v.adhoc.filters : []
      );
      const res = await runQueries(ds, panel.targets, r, {
        maxDataPoints: Math.round((w * panel.gridPos.w) / 24),
        panelId: panel.id,
        filters,
      });
      if (!isLatest()) {
        return;
      }
      setData((d) => ({
        ...d,
        [panel.id]: {
          state: res.error || res.errors?.length ? LoadingState.Error : LoadingState.Done,
          // As Grafana's query runner: annotation frames (exemplars among them) are not series.
          series: (res.data as DataFrame[]).filter((f) => f.meta?.dataTopic !== DataTopic.Annotations),
          annotations: (res.data as DataFrame[]).filter((f) => f.meta?.dataTopic === DataTopic.Annotations),
          errors: res.errors ?? (res.error ? [res.error] : undefined),
          timeRange: r,
          request: res.request,
        },
      }));
    } catch (e) {
      if (!isLatest()) {
        return;
      }
      setData((d) => ({
        ...d,
        [panel.id]: {
          state: LoadingState.Error,
          series: [],
          errors: [{ message: (e as Error).message }],
          timeRange: r,
        },
      }));
    }
  }, []);

  // Loading and time range changes: every variable in order, each seeing the ones before it (a
  // query may use $profile_type), then every panel.
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
        resolved.push(await resolveVariable(v, range, url));
      }
      if (live) {
        setVariables(resolved);
        setVars(resolved);
        latest.current.panels.forEach((p) => void runPanel(p, resolved));
      }
    })();
    return () => {
      live = false;
    };
  }, [dash, range, runPanel]);

  /**
   * A variable changed in its picker: the variables chained to it are refreshed, then only the
   * panels that use a variable whose value changed re-run — at once, without Refresh.
   */
  const changeVariable = async (name: string, change: (v: HostVariable) => HostVariable) => {
    if (!dash) {
      return;
    }
    const next = latest.current.vars.map((v) => (v.name === name ? change(v) : v));
    const changed = new Set([name]);
    const url = params();
    for (const dep of dependentVariables(dash.templating.list, name)) {
      setVariables(next);
      const i = next.findIndex((v) => v.name === dep);
      const def = dash.templating.list.find((v) => v.name === dep)!;
      const refreshed = await resolveVariable(def, latest.current.range, url, next[i]);
      if (refreshed.current.join('\u0000') !== next[i].current.join('\u0000')) {
        changed.add(dep);
      }
      next[i] = refreshed;
    }
    setVariables(next);
    setVars(next);
    const adhoc = next.find((v) => v.name === name)?.adhoc;
    latest.current.panels
      .filter((p) =>
        adhoc
          ? (p.datasource?.uid ?? '') === adhoc.datasourceUid
          : mentionsAny({ targets: p.targets, title: p.title, datasource: p.datasource }, changed)
      )
      .forEach((p) => void runPanel(p, next));
  };

  // Keep the URL in Grafana's scheme: /d/<uid>?var-x=a&var-x=b&from=…&to=…[&editPanel=<id>]
  useEffect(() => {
    if (!dash || vars.length !== dash.templating.list.length) {
      return;
    }
    // Parameters the dashboard does not own (a panel's view state, the theme) stay, as in Grafana.
    const qs = new URLSearchParams();
    for (const [k, v] of params()) {
      if (!k.startsWith('var-') && !['from', 'to', 'editPanel'].includes(k)) {
        qs.append(k, v);
      }
    }
    for (const v of vars) {
      v.current.forEach((c) => qs.append(`var-${v.name}`, c));
      v.adhoc?.filters.forEach((f) => qs.append(`var-${v.name}`, adHocUrlValue(f)));
    }
    qs.set('from', from);
    qs.set('to', to);
    if (editing !== undefined) {
      qs.set('editPanel', String(editing));
    }
    locationService.replace(`/d/${uid}?${qs.toString()}`);
  }, [vars, from, to, dash, uid, editing]);

  const updatePanel = (panel: DashboardPanel) => setPanels((ps) => ps.map((p) => (p.id === panel.id ? panel : p)));
  const openEditor = (id: number) => {
    beforeEdit.current = panels.find((p) => p.id === id);
    setEditing(id);
  };

  /** Add → Visualization, as Grafana 13: a new panel below the others, on the default data source, in its editor. */
  const addPanel = async () => {
    const settings = dataSources().find((d) => d.isDefault) ?? dataSources()[0];
    const ds = settings ? await dataSourceInstance(settings.uid) : undefined;
    const id = Math.max(0, ...panels.map((p) => p.id)) + 1;
    const y = Math.max(0, ...panels.map((p) => p.gridPos.y + p.gridPos.h));
    const ref = settings ? { uid: settings.uid, type: settings.type } : undefined;
    const panel: DashboardPanel = {
      id,
      type: 'timeseries',
      title: 'New panel',
      gridPos: { x: 0, y, w: 12, h: 8 },
      datasource: ref,
      targets: [{ refId: 'A', datasource: ref, ...(ds?.getDefaultQuery?.(CoreApp.PanelEditor) ?? {}) }],
    };
    setPanels((ps) => [...ps, panel]);
    beforeEdit.current = undefined;
    setEditing(id);
    void runPanel(panel, latest.current.vars);
  };

  if (!dash) {
    return <div style={{ padding: 16 }}>Loading dashboard…</div>;
  }
  const edited = editing === undefined ? undefined : panels.find((p) => p.id === editing);
  if (edited) {
    return (
      <PanelEditor
        panel={edited}
        data={data[edited.id]}
        range={range}
        runs={runCounts[edited.id]}
        onChange={updatePanel}
        onRun={(p) => void runPanel(p, vars)}
        onChangeTimeRange={(r) => {
          setFrom(String(r.from));
          setTo(String(r.to));
        }}
        onBack={() => setEditing(undefined)}
        onDiscard={() => {
          const before = beforeEdit.current;
          setPanels((ps) =>
            before ? ps.map((p) => (p.id === before.id ? before : p)) : ps.filter((p) => p.id !== editing)
          );
          setEditing(undefined);
          if (before) {
            void runPanel(before, vars);
          }
        }}
      />
    );
  }
  const col = width / 24;
  const ROW = 30;
  return (
    <div>
      <div className={styles.bar} data-testid="variables-bar">
        <h2 style={{ margin: 0, marginRight: 16 }}>{dash.title}</h2>
        {vars.map((v) => {
          if (v.adhoc) {
            const dsUid = v.adhoc.datasourceUid;
            return (
              <AdHocFilters
                key={v.name}
                name={v.name}
                label={v.label}
                datasourceUid={dsUid}
                filters={v.adhoc.filters}
                onChange={(filters) =>
                  void changeVariable(v.name, (x) => ({ ...x, adhoc: { datasourceUid: dsUid, filters } }))
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
                <MultiValuePicker
                  variable={v}
                  options={opts}
                  onCommit={(current) => void changeVariable(v.name, (x) => ({ ...x, current }))}
                />
              ) : (
                <Select
                  aria-label={`Variable ${v.name}`}
                  width={40}
                  options={opts}
                  value={v.current[0]}
                  onChange={(sel) => void changeVariable(v.name, (x) => ({ ...x, current: [String(sel.value)] }))}
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
        <Dropdown
          overlay={
            <Menu>
              <Menu.Item label="Visualization" icon="graph-bar" onClick={() => void addPanel()} />
            </Menu>
          }
        >
          <Button variant="secondary" icon="plus" data-testid="dashboard-add">
            Add
          </Button>
        </Dropdown>
      </div>
      <div
        className={styles.grid}
        style={{ height: Math.max(...panels.map((p) => (p.gridPos.y + p.gridPos.h) * ROW)) }}
      >
        {panels.map((p) => (
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
            {p.type === 'row' ? (
              <h2 className={styles.row} data-testid={`row-${p.id}`}>
                {templateSrv.replace(p.title)}
              </h2>
            ) : (
              <>
                <Button
                  size="sm"
                  variant="secondary"
                  fill="text"
                  style={{ position: 'absolute', right: 8, top: 4, zIndex: 2 }}
                  onClick={() => openEditor(p.id)}
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
                  runs={runCounts[p.id]}
                  onOptionsChange={(options) => updatePanel({ ...p, options })}
                  onChangeTimeRange={(r) => {
                    setFrom(String(r.from));
                    setTo(String(r.to));
                  }}
                />
              </>
            )}
          </div>
        ))}
      </div>
      <span hidden data-testid="template-probe">
        {templateSrv.replace('$service')}
      </span>
    </div>
  );
}

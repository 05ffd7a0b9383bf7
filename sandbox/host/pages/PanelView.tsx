import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import {
  DataFrame,
  EventBusSrv,
  ScopedVars,
  FieldType,
  LoadingState,
  PanelData,
  PanelPlugin,
  TimeRange,
  applyFieldOverrides,
  createTheme,
  getDisplayProcessor,
} from '@grafana/data';
import { Alert, PanelChrome, Table, TimeSeries, TooltipDisplayMode, UPlotConfigBuilder, useTheme2 } from '@grafana/ui';
import type uPlot from 'uplot';
import { mergeWith } from 'lodash';
import { templateSrv } from '../services/templateSrv';
import { importPlugin } from '../shared';

/**
 * Drag-to-select on a time series, as Grafana's graph panels do: the selected range becomes the
 * new time range (in Explore, the flame graph of that window follows).
 */
function RangeSelect({
  config,
  onZoom,
}: {
  config: UPlotConfigBuilder;
  onZoom: (r: { from: number; to: number }) => void;
}) {
  // The latest handler, without re-adding the hook on every render.
  const handler = React.useRef(onZoom);
  handler.current = onZoom;
  React.useLayoutEffect(() => {
    config.setCursor({ drag: { x: true, y: false, setScale: false } });
    config.addHook('setSelect', (u: uPlot) => {
      const { left, width } = u.select;
      if (width < 3) {
        return;
      }
      const from = u.posToVal(left, 'x');
      const to = u.posToVal(left + width, 'x');
      u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
      handler.current({ from: Math.round(from), to: Math.round(to) });
    });
  }, [config]);
  return null;
}

export interface PanelModel {
  id: number;
  type: string;
  title: string;
  options?: Record<string, unknown>;
  transformations?: Array<{ id: string; options?: { reducers?: string[] } }>;
}

const bus = new EventBusSrv();

/**
 * A panel's options as Grafana hands them to the panel: the option builder's defaults under the
 * saved options (getPanelOptionsWithDefaults; arrays are replaced, not merged).
 */
export function optionsWithDefaults(plugin: PanelPlugin, saved: Record<string, unknown> | undefined) {
  const merged: Record<string, unknown> = mergeWith({}, plugin.defaults, saved ?? {}, (_a: unknown, b: unknown) =>
    Array.isArray(b) ? b : undefined
  );
  return merged;
}

/** A panel plugin's module, loaded once; the error is shown in the panel as Grafana shows it. */
export function usePanelPlugin(type: string): { plugin?: PanelPlugin; error?: string } {
  const [state, setState] = useState<{ plugin?: PanelPlugin; error?: string }>({});
  useEffect(() => {
    if (!type) {
      return;
    }
    importPlugin(type)
      .then((m) => setState({ plugin: m.plugin as PanelPlugin }))
      .catch((e: Error) => setState({ error: `Could not load panel plugin ${type}: ${e.message}` }));
  }, [type]);
  return state;
}

/** A panel from a plugin (ours, or any panel plugin in dist/), rendered with Grafana's PanelProps. */
function PluginPanel({
  panel,
  data,
  width,
  height,
  timeRange,
  onChangeTimeRange,
  onOptionsChange,
}: {
  panel: PanelModel;
  data: PanelData;
  width: number;
  height: number;
  timeRange: TimeRange;
  onChangeTimeRange: (r: { from: number; to: number }) => void;
  onOptionsChange?: (options: Record<string, unknown>) => void;
}) {
  const { plugin, error } = usePanelPlugin(panel.type);
  // Without an owner (Explore), the panel's own option changes stay with it, as in a dashboard
  // that is not saved.
  const [local, setLocal] = useState(panel.options);
  const saved = onOptionsChange ? panel.options : local;
  // One object until the options change, as Grafana hands them: a panel may key work on it.
  const options = React.useMemo(() => (plugin ? optionsWithDefaults(plugin, saved) : {}), [plugin, saved]);
  if (error) {
    return <Alert title={error} severity="error" />;
  }
  if (!plugin?.panel) {
    return <div>Loading plugin…</div>;
  }
  const Panel = plugin.panel;
  return (
    <Panel
      id={panel.id}
      data={data}
      timeRange={timeRange}
      timeZone="browser"
      options={options}
      fieldConfig={{ defaults: {}, overrides: [] }}
      transparent={false}
      width={width}
      height={height}
      renderCounter={0}
      title={panel.title}
      eventBus={bus}
      onOptionsChange={(o: Record<string, unknown>) => (onOptionsChange ?? setLocal)(o)}
      onFieldConfigChange={() => undefined}
      replaceVariables={(s: string, scoped?: ScopedVars) => templateSrv.replace(s, scoped)}
      onChangeTimeRange={onChangeTimeRange}
    />
  );
}

/** Grafana's "reduce" transformation, series to rows: the subset the provisioned table uses. */
export function reduceFrames(frames: DataFrame[], reducers: string[]): DataFrame {
  const rows = frames.flatMap((f) =>
    f.fields
      .filter((x) => x.type === FieldType.number)
      .map((x) => {
        const values = x.values as number[];
        const calc: Record<string, number> = {
          sum: values.reduce((a, b) => a + b, 0),
          mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0,
          max: values.length ? Math.max(...values) : 0,
          min: values.length ? Math.min(...values) : 0,
          last: values[values.length - 1] ?? 0,
        };
        const labels =
          x.labels && Object.keys(x.labels).length
            ? Object.entries(x.labels)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')
            : x.name;
        return { field: labels, unit: x.config.unit, calc };
      })
  );
  return {
    length: rows.length,
    fields: [
      { name: 'Field', type: FieldType.string, values: rows.map((r) => r.field), config: {} },
      ...reducers.map((r) => ({
        name: r[0].toUpperCase() + r.slice(1),
        type: FieldType.number,
        values: rows.map((x) => x.calc[r] ?? 0),
        config: { unit: rows[0]?.unit },
      })),
    ],
  };
}

/** What Grafana's time series panel sets as field defaults; the graph draws nothing without them. */
const GRAPH_DEFAULTS = {
  drawStyle: 'line',
  lineInterpolation: 'smooth',
  lineWidth: 1,
  fillOpacity: 12,
  gradientMode: 'opacity',
  showPoints: 'auto',
  pointSize: 4,
  spanNulls: true,
  axisPlacement: 'auto',
  axisBorderShow: false,
  barAlignment: 0,
  stacking: { mode: 'none', group: 'A' },
  scaleDistribution: { type: 'linear' },
  hideFrom: { legend: false, tooltip: false, viz: false },
};

function withDisplay(
  frames: DataFrame[],
  theme: ReturnType<typeof createTheme>,
  _timeRange: TimeRange,
  graph = false
): DataFrame[] {
  const defaults = graph ? { custom: GRAPH_DEFAULTS, color: { mode: 'palette-classic' } } : {};
  return applyFieldOverrides({
    data: frames,
    fieldConfig: { defaults, overrides: [] },
    // As a dashboard's panels: data links are interpolated with the dashboard's variables and the
    // link's own (${__value.raw}, ${__field.labels.x}, ${__from}…).
    replaceVariables: (s, scoped, format) =>
      templateSrv.replace(s, scoped, format as Parameters<typeof templateSrv.replace>[2]),
    theme,
    timeZone: 'browser',
  }).map((f) => ({
    ...f,
    fields: f.fields.map((x) => ({ ...x, display: x.display ?? getDisplayProcessor({ field: x, theme }) })),
  }));
}

export function PanelView({
  panel,
  data,
  width,
  height,
  timeRange,
  onChangeTimeRange,
  onOptionsChange,
  runs,
}: {
  panel: PanelModel;
  data?: PanelData;
  width: number;
  height: number;
  timeRange: TimeRange;
  onChangeTimeRange: (r: { from: number; to: number }) => void;
  /** The owner of the panel's options (a dashboard); without one the panel keeps its own. */
  onOptionsChange?: (options: Record<string, unknown>) => void;
  /** How many times the panel's queries ran, for tests of what re-runs a panel. */
  runs?: number;
}) {
  const theme = useTheme2();
  // The content size comes from PanelChrome, as in Grafana: its header and padding are its own.
  const renderBody = (innerW: number, innerH: number): React.ReactNode => {
    let body: React.ReactNode;
    if (!data || data.state === LoadingState.Loading) {
      body = <div>Loading…</div>;
    } else if (data.errors?.length || data.error) {
      body = (
        <Alert title="Query error" severity="error" data-testid="panel-error">
          {data.errors?.[0]?.message ?? data.error?.message}
        </Alert>
      );
    } else if (panel.type === 'timeseries') {
      const frames = withDisplay(
        data.series.filter((f) => f.fields.some((x) => x.type === FieldType.time)),
        theme,
        timeRange,
        true
      );
      body = frames.length ? (
        <TimeSeries
          frames={frames}
          width={innerW}
          height={innerH}
          timeRange={timeRange}
          timeZone="browser"
          legend={{ showLegend: true, displayMode: 'list' as never, placement: 'bottom', calcs: [] }}
          tweakScale={(o) => o}
          tweakAxis={(o) => o}
        >
          {(config) => <RangeSelect config={config} onZoom={onChangeTimeRange} />}
        </TimeSeries>
      ) : (
        // Grafana's time series says why it draws nothing (a flame graph frame has no time field).
        <div>{data.series.length ? 'Data does not have a time field' : 'No data'}</div>
      );
      void TooltipDisplayMode;
    } else if (panel.type === 'table') {
      const reduce = panel.transformations?.find((t) => t.id === 'reduce');
      const frame = reduce ? reduceFrames(data.series, reduce.options?.reducers ?? ['sum']) : data.series[0];
      body = frame ? (
        <Table data={withDisplay([frame], theme, timeRange)[0]} width={innerW} height={innerH} />
      ) : (
        <div>No data</div>
      );
    } else {
      body = (
        <PluginPanel
          panel={panel}
          data={data}
          width={innerW}
          height={innerH}
          timeRange={timeRange}
          onChangeTimeRange={onChangeTimeRange}
          onOptionsChange={onOptionsChange}
        />
      );
    }
    return body;
  };
  return (
    <div
      className={css({ width, height })}
      data-testid={`panel-${panel.id}`}
      data-panel-type={panel.type}
      data-query-runs={runs}
    >
      <PanelChrome title={templateSrv.replace(panel.title)} width={width} height={height}>
        {(innerW: number, innerH: number) => (
          <div className={css({ width: innerW, height: innerH, overflow: 'hidden' })}>{renderBody(innerW, innerH)}</div>
        )}
      </PanelChrome>
    </div>
  );
}

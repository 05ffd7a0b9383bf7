/**
 * Panel edit, laid out as Grafana 13's: the panel on top, its queries (the data source's own query
 * editor) below, and on the right the options pane — the visualization picker, the panel's title,
 * then every option the panel plugin's option builder declares, grouped by category, with each
 * option's `showIf` honoured. Changes apply to the dashboard at once (Grafana keeps them until
 * "Discard panel changes"); nothing is saved to the server.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import type {
  DataQuery,
  GrafanaTheme2,
  PanelData,
  PanelOptionsEditorItem,
  PanelPlugin,
  TimeRange,
} from '@grafana/data';
import { CoreApp, PanelOptionsEditorBuilder } from '@grafana/data';
import { Alert, Button, Field, Input, Select, useStyles2 } from '@grafana/ui';
import { get, set } from 'lodash';
import { dataSourceInstance, pluginsMeta } from '../services/dataSourceSrv';
import { templateSrv } from '../services/templateSrv';
import type { DashboardPanel } from './DashboardPage';
import { optionsWithDefaults, PanelView, usePanelPlugin } from './PanelView';

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', gap: theme.spacing(2), padding: theme.spacing(2), alignItems: 'flex-start' }),
  main: css({ flex: 1, minWidth: 0 }),
  pane: css({
    width: 380,
    flexShrink: 0,
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    padding: theme.spacing(2),
  }),
  group: css({ fontWeight: theme.typography.fontWeightMedium, margin: theme.spacing(2, 0, 1) }),
  bar: css({ display: 'flex', gap: theme.spacing(1), marginBottom: theme.spacing(2), alignItems: 'center' }),
});

/** Visualizations the host can show: Grafana's time series and table, and the panel plugins in dist/. */
function visualizations(): Array<{ label: string; value: string }> {
  const plugins = pluginsMeta()
    .filter((p) => p.type === 'panel')
    .map((p) => ({ label: String(p.name), value: String(p.id) }));
  return [{ label: 'Time series', value: 'timeseries' }, { label: 'Table', value: 'table' }, ...plugins];
}

/** The plugin's option items, built as Grafana builds them for the pane (with the data and options as context). */
function useOptionItems(plugin: PanelPlugin | undefined, options: Record<string, unknown>, data?: PanelData) {
  return useMemo(() => {
    if (!plugin) {
      return [];
    }
    const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
    plugin.getPanelOptionsSupplier()(builder, { data: data?.series ?? [], options });
    return builder.getItems();
  }, [plugin, options, data]);
}

function OptionItem({
  item,
  options,
  data,
  onChange,
}: {
  item: PanelOptionsEditorItem;
  options: Record<string, unknown>;
  data?: PanelData;
  onChange: (options: Record<string, unknown>) => void;
}) {
  const Editor = item.editor;
  const id = `option-${item.path}`;
  return (
    <Field label={item.name} description={item.description} htmlFor={id} data-testid={`option-${item.path}`}>
      <Editor
        id={id}
        item={item}
        value={get(options, item.path)}
        context={{ data: data?.series ?? [], options }}
        onChange={(value: unknown) => {
          const next = structuredClone(options);
          set(next, item.path, value);
          onChange(next);
        }}
      />
    </Field>
  );
}

function OptionsPane({
  panel,
  data,
  onChange,
}: {
  panel: DashboardPanel;
  data?: PanelData;
  onChange: (p: DashboardPanel) => void;
}) {
  const styles = useStyles2(getStyles);
  const builtIn = panel.type === 'timeseries' || panel.type === 'table';
  const { plugin, error } = usePanelPlugin(builtIn ? '' : panel.type);
  const options = useMemo(
    () => (plugin ? optionsWithDefaults(plugin, panel.options) : (panel.options ?? {})),
    [plugin, panel.options]
  );
  const items = useOptionItems(builtIn ? undefined : plugin, options, data);
  const [title, setTitle] = useState(panel.title);
  useEffect(() => setTitle(panel.title), [panel.title]);
  const shown = items.filter((i) => !i.showIf || i.showIf(options, data?.series));
  const groups = new Map<string, PanelOptionsEditorItem[]>();
  for (const item of shown) {
    const name = item.category?.[0] ?? String(plugin?.meta?.name ?? 'Options');
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return (
    <div className={styles.pane} data-testid="options-pane">
      <Field label="Visualization" htmlFor="visualization-picker">
        <Select
          inputId="visualization-picker"
          options={visualizations()}
          value={panel.type}
          onChange={(s) => onChange({ ...panel, type: String(s.value), options: {} })}
        />
      </Field>
      <div className={styles.group}>Panel options</div>
      <Field label="Title" htmlFor="panel-title">
        <Input
          id="panel-title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          onBlur={() => title !== panel.title && onChange({ ...panel, title })}
        />
      </Field>
      {!builtIn && error && <Alert title={error} severity="error" />}
      {[...groups].map(([group, groupItems]) => (
        <div key={group}>
          <div className={styles.group}>{group}</div>
          {groupItems.map((item) => (
            <OptionItem
              key={item.id}
              item={item}
              options={options}
              data={data}
              onChange={(next) => onChange({ ...panel, options: next })}
            />
          ))}
        </div>
      ))}
      {builtIn && <div>The sandbox host has no options for Grafana&apos;s own {panel.type} panel.</div>}
    </div>
  );
}

export function PanelEditor({
  panel,
  data,
  range,
  runs,
  onChange,
  onRun,
  onChangeTimeRange,
  onBack,
  onDiscard,
}: {
  panel: DashboardPanel;
  data?: PanelData;
  range: TimeRange;
  runs?: number;
  onChange: (p: DashboardPanel) => void;
  onRun: (p: DashboardPanel) => void;
  onChangeTimeRange: (r: { from: number; to: number }) => void;
  onBack: () => void;
  onDiscard: () => void;
}) {
  const styles = useStyles2(getStyles);
  const [ds, setDs] = useState<Awaited<ReturnType<typeof dataSourceInstance>>>();
  useEffect(() => {
    void dataSourceInstance(panel.datasource?.uid).then(setDs);
  }, [panel.datasource?.uid]);
  const QueryEditor = (ds as unknown as { components?: { QueryEditor?: React.ComponentType<Record<string, unknown>> } })
    ?.components?.QueryEditor;
  // The targets as last edited: an editor may call onChange then onRunQuery before a re-render.
  const targets = React.useRef(panel.targets);
  targets.current = panel.targets;
  const previewWidth = Math.max(400, window.innerWidth - 380 - 64);
  return (
    <div className={styles.page} data-testid="panel-editor">
      <div className={styles.main}>
        <div className={styles.bar}>
          <h3 style={{ margin: 0, flex: 1 }}>Edit panel: {templateSrv.replace(panel.title)}</h3>
          <Button variant="secondary" onClick={onDiscard}>
            Discard panel changes
          </Button>
          <Button icon="arrow-left" onClick={onBack}>
            Back to dashboard
          </Button>
        </div>
        <PanelView
          panel={panel}
          data={data}
          width={previewWidth}
          height={420}
          timeRange={range}
          runs={runs}
          onOptionsChange={(options) => onChange({ ...panel, options })}
          onChangeTimeRange={onChangeTimeRange}
        />
        <div style={{ marginTop: 16 }} data-testid="panel-editor-queries">
          {ds &&
            QueryEditor &&
            panel.targets.map((t, i) => (
              <QueryEditor
                key={t.refId}
                datasource={ds}
                query={t}
                range={range}
                app={CoreApp.PanelEditor}
                onChange={(q: DataQuery) => {
                  targets.current = targets.current.map((x, j) => (j === i ? q : x));
                  onChange({ ...panel, targets: targets.current });
                }}
                onRunQuery={() => onRun({ ...panel, targets: targets.current })}
              />
            ))}
          <Button
            style={{ marginTop: 8 }}
            icon="sync"
            variant="secondary"
            onClick={() => onRun({ ...panel, targets: targets.current })}
          >
            Refresh
          </Button>
        </div>
      </div>
      <OptionsPane panel={panel} data={data} onChange={onChange} />
    </div>
  );
}

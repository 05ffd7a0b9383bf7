import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, PanelProps, SelectableValue } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Alert, Button, useStyles2, useTheme2 } from '@grafana/ui';
import { loadProfile } from '../src/formats/load';
import { grafanaUnit } from '../src/units';
import { pprofToTree, resolveSampleType } from '../src/pprof/toTree';
import { CallTree, NODE_TRUNCATED, nodeName } from '../src/tree/callTree';
import { diffColor } from '../src/layout/colors';
import { diffView } from '../src/tree/diffView';
import { transformTree } from '../src/tree/transform';
import { nestedSetFrameToTree } from '../src/frames/nestedSet';
import { isFlamelensError } from '../src/errors';
import { compileQuery, searchTree, stepMatch } from '../src/tree/search';
import { nodeColors } from '../src/layout/colors';
import { download, ExportFormat, exportedTree, exportFile } from './exports';
import { FlameCanvas } from './components/FlameCanvas';
import { TopTable } from './components/TopTable';
import { SandwichView } from './components/SandwichView';
import { ComparisonSide, ComparisonView } from './components/ComparisonView';
import { NodeMenu, NodeMenuTarget } from './components/NodeMenu';
import { Toolbar, TOOLBAR_PX } from './components/Toolbar';
import { ProfileData, readProfileData, Side } from './profileData';
import type { SideRole } from '../src/contract/frames';
import { profilesSource } from './profilesDatasource';
import type { DiffPalette, FlameGraphPanelOptions, PanelView } from './types';
import { readViewState, viewStateQuery } from './viewState';
import { nodeAtPath, pathOf } from '../src/tree/paths';

type Props = PanelProps<FlameGraphPanelOptions>;

const LEGEND_PX = 22;
/**
 * Node budget for a subtree loaded in full detail: the query's own budget (16,384 by default) was
 * spent on the whole profile; a subtree gets this one to itself. The panel draws it easily.
 */
const DETAIL_MAX_NODES = 65_536;
const NOTICE_PX = 24;

/** The diff scale: what each colour means. */
function DiffLegend({ palette, width }: { palette: DiffPalette; width: number }) {
  const stops = [-1, -0.5, 0, 0.5, 1].map((c) => diffColor(c, palette)).join(', ');
  return (
    <div
      data-testid="flamelens-diff-legend"
      style={{ width, height: LEGEND_PX - 4, display: 'flex', alignItems: 'center', gap: 8, fontSize: 11 }}
    >
      <span>−100% (removed)</span>
      <div
        style={{ flex: 1, height: 10, background: `linear-gradient(to right, ${stops})` }}
        title="0%: unchanged share (grey)"
      />
      <span>+100% (added)</span>
    </div>
  );
}

/** Data that replaces the query's: a dropped file, or a truncated subtree fetched in full. */
interface Override {
  label: string;
  data: ProfileData;
}

function readDropped(name: string, bytes: Uint8Array): Override | { error: string } {
  try {
    const loaded = loadProfile(bytes);
    if (loaded.format === 'pprof') {
      const t = resolveSampleType(loaded.profile);
      const st = loaded.profile.sampleTypes[t];
      const unit = grafanaUnit(st.unit);
      return {
        label: `${name} (dropped file)`,
        data: { kind: 'single', side: { tree: pprofToTree(loaded.profile, { sampleType: t }) }, unit },
      };
    }
    return { label: `${name} (dropped file)`, data: { kind: 'single', side: { tree: loaded.tree } } };
  } catch (e) {
    return { error: `${name}: ${isFlamelensError(e) ? e.message : String(e)}` };
  }
}

/** A comparison side fetched again for another range (its timeline's selection). */
type Retarget =
  | { loading: true; range: { start: number; end: number } }
  | { error: string; range: { start: number; end: number } }
  | { tree: CallTree; range: { start: number; end: number } };

export function FlameGraphPanel({ data, options, width, height, id, title }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const [override, setOverride] = useState<Override>();
  const [notice, setNotice] = useState<{ text: string; severity: 'error' | 'info' }>();
  const fromData = useMemo(() => readProfileData(data.series), [data.series]);
  const profile = override?.data ?? fromData;
  const initial = useMemo(() => readViewState(new URLSearchParams(locationService.getLocation().search), id), [id]);
  const [zoomPath, setZoomPath] = useState<string[]>(initial.zoomPath);
  const [search, setSearch] = useState(initial.search);
  const [view, setView] = useState<PanelView>(initial.view ?? options.view);
  const [sandwichName, setSandwichName] = useState(initial.sandwich);
  const [selected, setSelected] = useState(-1);
  const [hoverName, setHoverName] = useState<number>();
  const [menu, setMenu] = useState<NodeMenuTarget>();
  const [hiddenNames, setHiddenNames] = useState<string[]>([]);
  const [retarget, setRetarget] = useState<Partial<Record<SideRole, Retarget>>>({});
  const searchRef = useRef<HTMLInputElement>(null);

  // New query data: earlier side retargets belong to the old data.
  useEffect(() => setRetarget({}), [data.series]);

  // Keep the view state in the URL (replace, not push: every keystroke is not a history entry).
  useEffect(() => {
    locationService.partial(
      viewStateQuery(
        {
          zoomPath,
          search,
          view: view === options.view ? undefined : view,
          sandwich: view === 'sandwich' ? sandwichName : undefined,
        },
        id
      ),
      true
    );
  }, [zoomPath, search, view, options.view, id, sandwichName]);

  const transforms = useMemo(
    () => ({
      hidePattern: options.hideFrames ?? '',
      hiddenNames,
      collapseRecursion: options.collapseRecursion ?? false,
    }),
    [options.hideFrames, options.collapseRecursion, hiddenNames]
  );

  // The trees drawn: transformed, and for two profiles aligned into one diff layout.
  const shown = useMemo(() => {
    if (profile.kind === 'none') {
      return undefined;
    }
    if (profile.kind === 'single') {
      const t = transformTree(profile.side.tree, transforms);
      return { tree: t.tree, error: t.error, diff: undefined };
    }
    const sideTree = (role: SideRole, side: Side) => {
      const r = retarget[role];
      return r && 'tree' in r ? r.tree : side.tree;
    };
    const l = transformTree(sideTree('baseline', profile.baseline), transforms);
    const r = transformTree(sideTree('comparison', profile.comparison), transforms);
    const d = diffView(l.tree, r.tree);
    return { tree: d.combined, error: l.error, diff: d };
  }, [profile, transforms, retarget]);
  const tree = shown?.tree;
  const diff = shown?.diff;
  // Node indexes and name ids belong to one tree: a new tree starts with nothing selected.
  useEffect(() => {
    setSelected(-1);
    setHoverName(undefined);
  }, [tree]);

  const zoom = useMemo(() => (tree ? nodeAtPath(tree, zoomPath) : 0), [tree, zoomPath]);
  const regex = /^\/.+\/$/.test(search);
  const query = regex ? search.slice(1, -1) : search;
  const found = useMemo(
    () => (tree && search ? searchTree(tree, query, { regex }) : undefined),
    [tree, search, query, regex]
  );
  const tableFilter = useMemo(() => (search ? compileQuery(query, { regex }).test : undefined), [search, query, regex]);
  const matchIn = useCallback(
    (t: CallTree) => (search ? searchTree(t, query, { regex }).matched : undefined),
    [search, query, regex]
  );
  const colorOf = useMemo(() => {
    if (!tree) {
      return undefined;
    }
    if (diff) {
      const palette = options.diffPalette ?? 'redgreen';
      return (i: number) => diffColor(diff.change[i], palette);
    }
    return nodeColors(tree, options.colorScheme ?? 'name', theme.isDark);
  }, [tree, diff, options.diffPalette, options.colorScheme, theme.isDark]);
  // Side by side draws each side in its functions' own colours, not the diff's.
  const sideColors = useMemo(
    () => (diff ? nodeColors(diff.left, options.colorScheme ?? 'name', theme.isDark) : undefined),
    [diff, options.colorScheme, theme.isDark]
  );
  const onZoom = useCallback((n: number) => tree && setZoomPath(n <= 0 ? [] : pathOf(tree, n)), [tree]);

  const openSandwich = useCallback((name: string) => {
    setSandwichName(name);
    setView('sandwich');
  }, []);
  const highlightSimilar = useCallback((name: string) => {
    setSearch(`/^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/`);
  }, []);

  /** Fetches the subtree under a truncated node's parent, unfolded, from our datasource. */
  const loadDetail = useCallback(
    async (node: number) => {
      if (!tree) {
        return;
      }
      const stack = pathOf(tree, tree.parent[node]);
      const src = await profilesSource(data);
      if (!src) {
        setNotice({
          text: 'Only the Flamelens datasource can load a folded subtree in full detail.',
          severity: 'info',
        });
        return;
      }
      setNotice({
        text: `Loading the stacks under ${stack[stack.length - 1] ?? 'the root'} in full detail…`,
        severity: 'info',
      });
      try {
        const frame = await src.fetchFlameGraph(src.range, { stackTraceSelector: stack, maxNodes: DETAIL_MAX_NODES });
        if (!frame) {
          setNotice({ text: 'The datasource returned no stacks for that subtree.', severity: 'error' });
          return;
        }
        const decoded = nestedSetFrameToTree(frame);
        setOverride({
          label: `Full detail under ${stack.join(' › ') || 'the root'}`,
          data: { kind: 'single', side: { tree: decoded.tree }, unit: decoded.unit },
        });
        setNotice(undefined);
        setZoomPath(stack);
      } catch (e) {
        setNotice({
          text: `Could not load the full detail: ${e instanceof Error ? e.message : String(e)}`,
          severity: 'error',
        });
      }
    },
    [tree, data]
  );

  const retargetSide = useCallback(
    async (role: SideRole, range: { start: number; end: number }) => {
      if (profile.kind !== 'pair') {
        return;
      }
      const src = await profilesSource(data);
      if (!src) {
        return;
      }
      const side = role === 'baseline' ? profile.baseline : profile.comparison;
      setRetarget((r) => ({ ...r, [role]: { loading: true, range } }));
      try {
        const frame = await src.fetchFlameGraph(range, { labelSelector: side.selector });
        setRetarget((r) => ({
          ...r,
          [role]: frame
            ? { tree: nestedSetFrameToTree(frame).tree, range }
            : { error: 'no profiles in that range', range },
        }));
      } catch (e) {
        setRetarget((r) => ({ ...r, [role]: { error: e instanceof Error ? e.message : String(e), range } }));
      }
    },
    [profile, data]
  );

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files?.[0];
    if (!file) {
      return;
    }
    void file.arrayBuffer().then((buf) => {
      const r = readDropped(file.name, new Uint8Array(buf));
      if ('error' in r) {
        setNotice({ text: r.error, severity: 'error' });
      } else {
        setNotice(undefined);
        setZoomPath([]);
        setOverride(r);
      }
    });
  };
  const dropProps = {
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop,
    'data-testid': 'flamelens-panel',
  };

  if (!tree || profile.kind === 'none') {
    return (
      <div {...dropProps} className={styles.panel}>
        <Alert title="Cannot show a flame graph" severity="info">
          {profile.kind === 'none' ? profile.message : ''} Drop a pprof, folded or flame bearer JSON file here to view
          it.
        </Alert>
        {notice && <Alert title={notice.text} severity={notice.severity} />}
      </div>
    );
  }
  const unit = profile.unit;
  const crumbs = pathOf(tree, zoom);
  const toolbar = options.showToolbar !== false;
  const pair = profile.kind === 'pair';
  const notices = (override ? 1 : 0) + (notice ? 1 : 0) + (shown?.error ? 1 : 0);
  const bodyH = height - (toolbar ? TOOLBAR_PX : 0) - notices * NOTICE_PX;
  const flameView = {
    zoom,
    orientation: options.orientation ?? 'icicle',
    textAlign: options.textAlign ?? 'left',
    matched: found && !found.error ? found.matched : undefined,
    selected,
    colorOf,
    highlightName: hoverName,
    minLabelWidth: options.minLabelWidth,
  };

  const exportAs = async (format: ExportFormat) => {
    const name = override?.label ?? title ?? 'profile';
    if (format === 'png') {
      const c = document.querySelector<HTMLCanvasElement>(`[data-flamelens-panel="${id}"] canvas`);
      c?.toBlob((b) => b && download({ name: `${name}.png`, type: 'image/png', data: b }));
      return;
    }
    // pprof from the datasource when it can give the full merged profile (not the truncated tree).
    if (
      format === 'pprof' &&
      !override &&
      !pair &&
      zoom === 0 &&
      hiddenNames.length === 0 &&
      !options.hideFrames &&
      !options.collapseRecursion
    ) {
      try {
        const bytes = await (await profilesSource(data))?.downloadProfile();
        if (bytes) {
          download({ name: `${name}.pb`, type: 'application/octet-stream', data: bytes as Uint8Array<ArrayBuffer> });
          return;
        }
      } catch {
        // Fall back to the tree below.
      }
    }
    download(exportFile(exportedTree(tree, zoom), format, name, unit));
  };

  const nodeMenu = (node: number, x: number, y: number) => {
    const truncated = (tree.flags[node] & NODE_TRUNCATED) !== 0 && !pair && !override;
    setMenu({
      name: nodeName(tree, node),
      x,
      y,
      onFocus: () => onZoom(node),
      onLoadDetail: truncated ? () => void loadDetail(node) : undefined,
    });
  };
  const step = (dir: 1 | -1) => {
    if (!found || found.count === 0) {
      return;
    }
    const next = stepMatch(found.matched, selected, dir);
    setSelected(next);
    // Zoom out to the match's parent when the match is outside the zoomed subtree or too thin to see.
    const inZoom = next >= zoom && next < tree.end[zoom];
    if (!inZoom || (tree.total[next] / (tree.total[zoom] || 1)) * width < 2) {
      onZoom(tree.parent[next]);
    }
  };

  const canvas = (w: number) => (
    <div>
      {diff && <DiffLegend palette={options.diffPalette ?? 'redgreen'} width={w} />}
      <FlameCanvas
        tree={tree}
        unit={unit}
        width={w}
        height={bodyH - (diff ? LEGEND_PX : 0)}
        view={flameView}
        onZoom={onZoom}
        onSelect={setSelected}
        onSearchKey={() => searchRef.current?.focus()}
        diff={diff}
        onContextMenu={nodeMenu}
      />
    </div>
  );
  const tableWidth = Math.min(Math.floor(width * 0.4), 520);
  const table = (w: number) => (
    <TopTable
      tree={tree}
      unit={unit}
      width={w}
      height={bodyH}
      filter={tableFilter}
      onHoverName={setHoverName}
      onPick={highlightSimilar}
      onSandwich={openSandwich}
      picked={view === 'sandwich' ? sandwichName : undefined}
    />
  );
  const views: Array<SelectableValue<PanelView>> = [
    { label: 'Top table', value: 'table' },
    { label: pair ? 'Diff' : 'Flame graph', value: 'flamegraph' },
    { label: 'Both', value: 'both' },
    { label: 'Sandwich', value: 'sandwich' },
    ...(pair ? [{ label: 'Side by side', value: 'comparison' as const }] : []),
  ];
  const current: PanelView = view === 'comparison' && !pair ? 'flamegraph' : view;

  let body: React.ReactNode;
  if (current === 'table') {
    body = table(width);
  } else if (current === 'flamegraph') {
    body = canvas(width);
  } else if (current === 'both') {
    body = (
      <>
        {table(tableWidth)}
        {canvas(width - tableWidth - 8)}
      </>
    );
  } else if (current === 'sandwich') {
    body = (
      <>
        {table(tableWidth)}
        {sandwichName ? (
          <SandwichView
            tree={tree}
            unit={unit}
            name={sandwichName}
            width={width - tableWidth - 8}
            height={bodyH}
            colorScheme={options.colorScheme ?? 'name'}
            textAlign={options.textAlign ?? 'left'}
            minLabelWidth={options.minLabelWidth ?? 24}
            match={matchIn}
            onNodeMenu={setMenu}
            onSearchKey={() => searchRef.current?.focus()}
          />
        ) : (
          <div className={styles.hint} data-testid="flamelens-sandwich">
            Pick a function: a row&apos;s sandwich button in the table, or right-click a node of the flame graph.
          </div>
        )}
      </>
    );
  } else if (profile.kind === 'pair' && diff) {
    const side = (role: SideRole, s: Side, aligned: CallTree): ComparisonSide => {
      const r = retarget[role];
      return {
        ...s,
        role,
        aligned,
        range: r?.range ?? s.range,
        status: r && 'loading' in r ? { loading: true } : r && 'error' in r ? { error: r.error } : undefined,
      };
    };
    body = (
      <ComparisonView
        sides={[side('baseline', profile.baseline, diff.left), side('comparison', profile.comparison, diff.right)]}
        unit={unit}
        width={width}
        height={bodyH}
        view={{ ...flameView, colorOf: sideColors }}
        onZoom={onZoom}
        onSelect={setSelected}
        onSearchKey={() => searchRef.current?.focus()}
        onContextMenu={nodeMenu}
        onRetarget={override ? undefined : (role, range) => void retargetSide(role, range)}
      />
    );
  }

  return (
    <div className={styles.panel} {...dropProps} data-flamelens-panel={id}>
      {override && (
        <div className={styles.notice}>
          Showing {override.label}.{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={() => setOverride(undefined)}>
            Back to the query&apos;s data
          </Button>
        </div>
      )}
      {notice && (
        <div
          className={notice.severity === 'error' ? styles.error : styles.notice}
          role={notice.severity === 'error' ? 'alert' : 'status'}
        >
          {notice.text}{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={() => setNotice(undefined)}>
            Dismiss
          </Button>
        </div>
      )}
      {shown?.error && <div className={styles.error}>{shown.error}</div>}
      {toolbar && (
        <Toolbar
          ref={searchRef}
          search={search}
          onSearch={setSearch}
          found={found}
          onStep={step}
          views={views}
          view={current}
          onView={setView}
          onExport={(f) => void exportAs(f)}
          crumbs={crumbs}
          rootName={nodeName(tree, 0)}
          onCrumb={(depth) => setZoomPath(crumbs.slice(0, depth))}
          hiddenNames={hiddenNames}
          onUnhide={() => setHiddenNames([])}
        />
      )}
      <div className={styles.body} style={{ height: bodyH }}>
        {body}
      </div>
      {menu && (
        <NodeMenu
          target={menu}
          actions={{
            onSandwich: openSandwich,
            onHide: (name) => setHiddenNames((h) => (h.includes(name) ? h : [...h, name])),
            onHighlightSimilar: highlightSimilar,
            onClose: () => setMenu(undefined),
          }}
        />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column', height: '100%' }),
  body: css({ display: 'flex', gap: 8 }),
  notice: css({
    height: NOTICE_PX,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  error: css({
    height: NOTICE_PX,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.error.text,
  }),
  hint: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
});

import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, PanelProps } from '@grafana/data';
import { getDataSourceSrv, locationService } from '@grafana/runtime';
import { Alert, Button, Dropdown, Input, Menu, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import { loadProfile } from '../src/formats/load';
import { pprofToTree, resolveSampleType } from '../src/pprof/toTree';
import { CallTree } from '../src/tree/callTree';
import { diffTrees } from '../src/tree/diff';
import { combinedTree, diffColor, shareChanges } from '../src/tree/diffColor';
import { download, ExportFormat, exportedTree, exportFile } from './exports';
import { checkNestedSetFrame, nestedSetFrameToTree } from '../src/frames/nestedSet';
import { isFlamelensError } from '../src/errors';
import { searchTree } from '../src/tree/search';
import { nodeName } from '../src/tree/callTree';
import { FlameCanvas } from './components/FlameCanvas';
import { TopTable } from './components/TopTable';
import type { FlameGraphPanelOptions, PanelView } from './types';
import { nodeAtPath, pathOf, readViewState, viewStateQuery } from './viewState';

type Props = PanelProps<FlameGraphPanelOptions>;

type Decoded = { ok: true; tree: CallTree; unit?: string; right?: CallTree } | { ok: false; message: string };

/**
 * Finds the flame graph in the panel's data: a diff frame (valueRight/selfRight), or two flame
 * graph frames (a comparison's baseline and comparison, or any two queries) diffed here, or one
 * flame graph. Says what is missing otherwise.
 */
function decode(series: Props['data']['series']): Decoded {
  if (series.length === 0) {
    return { ok: false, message: 'No data: the query returned no profile for this time range and selector.' };
  }
  const frames = series.filter((f) => checkNestedSetFrame(f) === undefined);
  if (frames.length === 0) {
    return { ok: false, message: checkNestedSetFrame(series[0]) ?? 'No flame graph frame in the data.' };
  }
  try {
    const role = (r: string) => frames.find((f) => f.meta?.custom?.role === r);
    const base = role('baseline');
    const comp = role('comparison');
    if (base && comp) {
      const d = diffTrees(nestedSetFrameToTree(base).tree, nestedSetFrameToTree(comp).tree);
      return { ok: true, tree: d.left, right: d.right, unit: nestedSetFrameToTree(base).unit };
    }
    const first = nestedSetFrameToTree(frames[0]);
    if (first.right) {
      return { ok: true, tree: first.tree, right: first.right, unit: first.unit };
    }
    if (frames.length >= 2) {
      const second = nestedSetFrameToTree(frames[1]);
      const d = diffTrees(first.tree, second.tree);
      return { ok: true, tree: d.left, right: d.right, unit: first.unit };
    }
    return { ok: true, tree: first.tree, unit: first.unit };
  } catch (e) {
    return { ok: false, message: isFlamelensError(e) ? e.message : `Could not read the flame graph: ${String(e)}` };
  }
}

const VIEWS: Array<{ label: string; value: PanelView }> = [
  { label: 'Top table', value: 'table' },
  { label: 'Flame graph', value: 'flamegraph' },
  { label: 'Both', value: 'both' },
];

const TOOLBAR_PX = 64;
const LEGEND_PX = 22;

/** The diff scale: what each colour means. */
function DiffLegend({ palette, width }: { palette: 'redgreen' | 'colorblind'; width: number }) {
  const stops = [-1, -0.5, 0, 0.5, 1].map((c) => diffColor(c, palette)).join(', ');
  return (
    <div data-testid="flamelens-diff-legend" style={{ width, height: LEGEND_PX - 4, display: 'flex', alignItems: 'center', gap: 8, fontSize: 11 }}>
      <span>−100% (removed)</span>
      <div style={{ flex: 1, height: 10, background: `linear-gradient(to right, ${stops})` }} title="0%: unchanged share (grey)" />
      <span>+100% (added)</span>
    </div>
  );
}

/** A profile file dropped onto the panel, shown instead of the query's data. */
interface Dropped {
  name: string;
  tree: CallTree;
  unit?: string;
}

function readDropped(name: string, bytes: Uint8Array): Dropped | { error: string } {
  try {
    const loaded = loadProfile(bytes);
    if (loaded.format === 'pprof') {
      const t = resolveSampleType(loaded.profile);
      const st = loaded.profile.sampleTypes[t];
      return { name, tree: pprofToTree(loaded.profile, { sampleType: t }), unit: st.unit === 'nanoseconds' ? 'ns' : st.unit === 'bytes' ? 'bytes' : 'short' };
    }
    return { name, tree: loaded.tree };
  } catch (e) {
    return { error: `${name}: ${isFlamelensError(e) ? e.message : String(e)}` };
  }
}

export function FlameGraphPanel({ data, options, width, height, id, title }: Props) {
  const styles = useStyles2(getStyles);
  const [dropped, setDropped] = useState<Dropped>();
  const [dropError, setDropError] = useState<string>();
  const fromData = useMemo(() => decode(data.series), [data.series]);
  const decoded: Decoded = useMemo(() => (dropped ? { ok: true, tree: dropped.tree, unit: dropped.unit } : fromData), [dropped, fromData]);
  const initial = useMemo(() => readViewState(new URLSearchParams(locationService.getLocation().search), id), [id]);
  const [zoomPath, setZoomPath] = useState<string[]>(initial.zoomPath);
  const [search, setSearch] = useState(initial.search);
  const [view, setView] = useState<PanelView>(initial.view ?? options.view);
  const [selected, setSelected] = useState(-1);
  const searchRef = useRef<HTMLInputElement>(null);

  // Keep the view state in the URL (replace, not push: every keystroke is not a history entry).
  useEffect(() => {
    locationService.partial(viewStateQuery({ zoomPath, search, view: view === options.view ? undefined : view }, id), true);
  }, [zoomPath, search, view, options.view, id]);

  const diff = useMemo(() => (decoded.ok && decoded.right ? { left: decoded.tree, right: decoded.right, change: shareChanges(decoded.tree, decoded.right) } : undefined), [decoded]);
  // A diff is drawn with each node as wide as both sides together.
  const tree = useMemo(() => (decoded.ok ? (diff ? combinedTree(diff.left, diff.right) : decoded.tree) : undefined), [decoded, diff]);
  const zoom = useMemo(() => (tree ? nodeAtPath(tree, zoomPath) : 0), [tree, zoomPath]);
  const found = useMemo(() => (tree && search ? searchTree(tree, search, { regex: /^\/.*\/$/.test(search) ? true : false }) : undefined), [tree, search]);
  const onZoom = useCallback((n: number) => tree && setZoomPath(pathOf(tree, n)), [tree]);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files?.[0];
    if (!file) {
      return;
    }
    void file.arrayBuffer().then((buf) => {
      const r = readDropped(file.name, new Uint8Array(buf));
      if ('error' in r) {
        setDropError(r.error);
      } else {
        setDropError(undefined);
        setZoomPath([]);
        setDropped(r);
      }
    });
  };
  const dropProps = { onDragOver: (e: React.DragEvent) => e.preventDefault(), onDrop, 'data-testid': 'flamelens-panel' };

  if (!decoded.ok || !tree) {
    return (
      <div {...dropProps} className={styles.panel}>
        <Alert title="Cannot show a flame graph" severity="info">
          {decoded.ok ? '' : decoded.message} Drop a pprof, folded or flame bearer JSON file here to view it.
        </Alert>
        {dropError && <Alert title={dropError} severity="error" />}
      </div>
    );
  }
  const { unit } = decoded;
  const toolbar = options.showToolbar !== false;
  const bodyH = height - (toolbar ? TOOLBAR_PX : 0) - (dropped ? 24 : 0) - (dropError ? 48 : 0);
  const flameView = {
    zoom,
    orientation: options.orientation ?? 'icicle',
    textAlign: options.textAlign ?? 'left',
    matched: found && !found.error ? found.matched : undefined,
    selected,
    colorOf: diff ? (i: number) => diffColor(diff.change[i], options.diffPalette ?? 'redgreen') : undefined,
  };
  const exportAs = async (format: ExportFormat) => {
    const name = dropped?.name ?? title ?? 'profile';
    if (format === 'png') {
      const c = document.querySelector(`[data-flamelens-panel="${id}"] canvas`) as HTMLCanvasElement | null;
      c?.toBlob((b) => b && download({ name: `${name}.png`, type: 'image/png', data: b }));
      return;
    }
    // pprof from the datasource when it can give the full merged profile (not the truncated tree).
    const target = data.request?.targets?.[0] as (Record<string, unknown> & { datasource?: { uid?: string } }) | undefined;
    if (format === 'pprof' && !dropped && zoom === 0 && target && data.request) {
      try {
        const ds = (await getDataSourceSrv().get(target.datasource)) as unknown as { downloadProfile?: (q: unknown, r: { start: number; end: number }, s: unknown) => Promise<Uint8Array | undefined> };
        const bytes = ds.downloadProfile && (await ds.downloadProfile(target, { start: data.request.range.from.valueOf(), end: data.request.range.to.valueOf() }, data.request.scopedVars));
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
  const exportMenu = (
    <Menu>
      {(['png', 'svg', 'html', 'json', 'folded', 'pprof'] as ExportFormat[]).map((f) => (
        <Menu.Item key={f} label={{ png: 'PNG image', svg: 'SVG (vector)', html: 'Interactive HTML', json: 'JSON (flame bearer)', folded: 'Folded stacks', pprof: 'pprof' }[f]} onClick={() => void exportAs(f)} />
      ))}
    </Menu>
  );
  const canvas = (w: number) => (
    <div>
      {diff && <DiffLegend palette={options.diffPalette ?? 'redgreen'} width={w} />}
      <FlameCanvas tree={tree} unit={unit} width={w} height={bodyH - (diff ? LEGEND_PX : 0)} view={flameView} onZoom={onZoom} onSelect={setSelected} onSearchKey={() => searchRef.current?.focus()} diff={diff} />
    </div>
  );
  const tableWidth = Math.min(Math.floor(width * 0.4), 520);
  const crumbs = pathOf(tree, zoom);

  return (
    <div className={styles.panel} {...dropProps} data-flamelens-panel={id}>
      {dropped && (
        <div className={styles.dropped}>
          Showing {dropped.name} (dropped file).{' '}
          <Button size="sm" variant="secondary" fill="text" onClick={() => setDropped(undefined)}>
            Back to the query&apos;s data
          </Button>
        </div>
      )}
      {dropError && <Alert title={dropError} severity="error" onRemove={() => setDropError(undefined)} />}
      {toolbar && (
        <div className={styles.toolbar}>
          <Input
            ref={searchRef}
            width={32}
            aria-label="Search functions"
            placeholder="Search (substring, or /regex/)"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            suffix={found ? <span data-testid="flamelens-matched">{found.error ? found.error : `matched: ${(found.share * 100).toFixed(2)}% of total`}</span> : undefined}
          />
          <RadioButtonGroup size="sm" options={VIEWS} value={view} onChange={setView} />
          <Dropdown overlay={exportMenu}>
            <Button size="sm" variant="secondary" icon="download-alt" data-testid="flamelens-export">
              Export
            </Button>
          </Dropdown>
          <div className={styles.crumbs} aria-label="Zoom path" data-testid="flamelens-breadcrumbs">
            <Button size="sm" variant="secondary" fill="text" onClick={() => setZoomPath([])} disabled={crumbs.length === 0}>
              {nodeName(tree, 0)}
            </Button>
            {crumbs.map((c, i) => (
              <React.Fragment key={i}>
                <span>›</span>
                <Button size="sm" variant="secondary" fill="text" onClick={() => setZoomPath(crumbs.slice(0, i + 1))} title={c}>
                  {c.length > 40 ? `…${c.slice(-39)}` : c}
                </Button>
              </React.Fragment>
            ))}
            {crumbs.length > 0 && (
              <Button size="sm" variant="secondary" icon="history" onClick={() => setZoomPath([])}>
                Reset
              </Button>
            )}
          </div>
        </div>
      )}
      <div className={styles.body} style={{ height: bodyH }}>
        {view === 'table' && <TopTable tree={tree} unit={unit} width={width} height={bodyH} />}
        {view === 'flamegraph' && canvas(width)}
        {view === 'both' && (
          <>
            <TopTable tree={tree} unit={unit} width={tableWidth} height={bodyH} />
            {canvas(width - tableWidth - 8)}
          </>
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column', height: '100%' }),
  toolbar: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), alignItems: 'center', height: TOOLBAR_PX, overflow: 'hidden' }),
  crumbs: css({ display: 'flex', alignItems: 'center', gap: 2, minWidth: 0, overflow: 'hidden', fontFamily: theme.typography.fontFamilyMonospace }),
  body: css({ display: 'flex', gap: 8 }),
  dropped: css({ fontSize: theme.typography.bodySmall.fontSize, color: theme.colors.text.secondary }),
});

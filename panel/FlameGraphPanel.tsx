/**
 * The flame graph panel: wires the hooks that hold its state (view state in the URL, the data and
 * what replaces it, remote fetches, search, exports) to the views that draw it. Logic lives in the
 * hooks and in src/; this file only connects them.
 */
import React, { useCallback, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import type { PanelProps } from '@grafana/data';
import { nodeName } from '../src/tree/callTree';
import { exactNameSearchText } from '../src/tree/search';
import { applySearchStep, searchStep } from './searchStep';
import { nodeAtPath, pathOf } from '../src/tree/paths';
import { focusNote, joinNotes } from './focusNote';
import { readOptions } from './options';
import { hasFrameFilters } from '../src/tree/frameFilters';
import { withNameFilter } from './frameFilterState';
import { useElementHeight } from './hooks/useElementHeight';
import { ToolbarExtras } from './components/ToolbarExtras';
import { fileDropProps, showDropped } from './droppedFile';
import type { FlameGraphPanelOptions } from './types';
import { useViewState } from './hooks/useViewState';
import { usePanelProfile } from './hooks/usePanelProfile';
import { useDetailFetch, useRetarget, type Notice } from './hooks/useRemoteDetail';
import { useShownTrees } from './hooks/useShownTrees';
import { useNodeColors } from './hooks/useNodeColors';
import { useSearchMatches } from './hooks/useSearchMatches';
import { useExport } from './hooks/useExport';
import { shownView, Toolbar, TOOLBAR_PX, viewChoices } from './components/Toolbar';
import { menuTarget, NodeMenu, NodeMenuTarget } from './components/NodeMenu';
import { PanelBody } from './components/PanelBody';
import { NoProfile } from './components/NoProfile';
import { TimelineSection } from './components/TimelineSection';
import { useExemplarTimeline } from './hooks/useExemplarTimeline';
import { noticeCount, PanelNotices, NOTICE_PX } from './components/PanelNotices';
import { useFunctionDetails } from './hooks/useFunctionDetails';
import { FunctionDetailsDrawer } from './components/FunctionDetailsDrawer';

type Props = PanelProps<FlameGraphPanelOptions>;

const panelStyle = css({ display: 'flex', flexDirection: 'column', height: '100%' });
const bodyStyle = css({ display: 'flex', gap: 8 });

export function FlameGraphPanel({ data, options: saved, width, height, id, title, replaceVariables }: Props) {
  const options = useMemo(() => readOptions(saved), [saved]);
  const vs = useViewState(id, options);
  const [notice, setNotice] = useState<Notice>();
  const [selected, setSelected] = useState(-1);
  const [hoverName, setHoverName] = useState<number>();
  const [menu, setMenu] = useState<NodeMenuTarget>();
  const [searchRef, canvasRef] = [useRef<HTMLInputElement>(null), useRef<HTMLCanvasElement>(null)];
  const [toolbarH, measureToolbar] = useElementHeight(TOOLBAR_PX);
  const { override, setOverride, groups, refine, exact } = usePanelProfile(data, vs, options, width, setNotice);
  const { profile, groupNames } = groups;
  const timeline = useExemplarTimeline(data, height, options.timeline, override, setOverride, setNotice);
  const { retargets, retargetSide } = useRetarget(data, profile);
  const details = useFunctionDetails(data, override);
  const { filters } = vs;
  const pair = profile.kind === 'pair';
  const transforms = {
    filters,
    collapseRecursion: options.collapseRecursion,
    inverted: vs.inverted,
    protectedNames: groupNames,
  };
  const shown = useShownTrees(profile, transforms, retargets, pair ? vs.side : undefined);
  const tree = shown?.tree;
  const diff = shown?.diff;
  // Node indexes belong to one tree: a new one starts with nothing selected, before a view sees it.
  const [selectionTree, setSelectionTree] = useState(tree);
  if (selectionTree !== tree) {
    setSelectionTree(tree);
    setSelected(-1);
    setHoverName(undefined);
  }

  const { setZoomPath } = vs;
  const zoom = useMemo(() => (tree ? nodeAtPath(tree, vs.zoomPath) : 0), [tree, vs.zoomPath]);
  const { found, tableFilter, matchIn } = useSearchMatches(tree, vs.search, groupNames);
  const { colorOf, sideColors } = useNodeColors(tree, diff, options.colorScheme, options.diffPalette, vs.coloring);
  const onZoom = useCallback((n: number) => tree && setZoomPath(n <= 0 ? [] : pathOf(tree, n)), [tree, setZoomPath]);
  const loadDetail = useDetailFetch(data, setOverride, setZoomPath, setNotice);
  const refining = refine && refine.waiting > 0;
  const dataNote = joinNotes(
    profile.kind === 'single' ? profile.note : undefined,
    focusNote(tree, vs.zoomPath, refining)
  );
  // Exports of the datasource's whole profile only when what is shown is that profile, untouched.
  const transformed = hasFrameFilters(filters) || options.collapseRecursion || vs.inverted;
  const exportAs = useExport({
    tree,
    zoom,
    unit: profile.kind === 'none' ? undefined : profile.unit,
    title: override?.label ?? (title ? (replaceVariables?.(title) ?? title) : 'profile'),
    isWholeProfile: !override && !pair && !transformed,
    data,
    canvas: canvasRef,
  });

  const dropProps = fileDropProps(showDropped(setOverride, setZoomPath, setNotice));

  if (!tree || profile.kind === 'none') {
    return (
      <div {...dropProps} className={panelStyle}>
        <NoProfile message={profile.kind === 'none' ? profile.message : ''} notice={notice} />
      </div>
    );
  }
  const crumbs = pathOf(tree, zoom);
  const sideAlone = pair && vs.side ? { side: vs.side, onSide: vs.setSide } : undefined;
  const notices = { override, notice, error: shown.error, note: dataNote, sideAlone };
  const chrome = (options.showToolbar ? toolbarH : 0) + noticeCount(notices) * NOTICE_PX + (timeline?.height ?? 0);
  const bodyH = height - chrome;
  // An "other" of one fetched profile can be fetched in full detail (not a pair's, not a dropped file's).
  const canFetch = !pair && !override;
  // A node's frames are a call site the server knows only in the query's own, untransformed tree.
  const realPaths = canFetch && !transformed && !groupNames?.size;
  const nodeMenu = (node: number, x: number, y: number) =>
    setMenu(menuTarget(tree, node, x, y, () => onZoom(node), canFetch ? loadDetail : undefined, groupNames, realPaths));
  const current = shownView(vs.view, pair);
  const step = (dir: 1 | -1) =>
    found &&
    applySearchStep(searchStep(tree, found, { selected, zoom, view: current, width }, dir), setSelected, onZoom);
  const highlightSimilar = (name: string) => vs.setSearch(exactNameSearchText(name));

  return (
    <div className={panelStyle} {...dropProps} data-flamelens-panel={id}>
      <PanelNotices
        {...notices}
        onBack={() => setOverride(undefined)}
        onOverride={setOverride}
        onDismiss={() => setNotice(undefined)}
      />
      {timeline && <TimelineSection t={timeline} width={width} />}
      {options.showToolbar && (
        <Toolbar
          ref={searchRef}
          search={vs.search}
          onSearch={vs.setSearch}
          found={found}
          onStep={step}
          views={viewChoices(pair)}
          view={current}
          onView={vs.setView}
          onExport={(f) => void exportAs(f)}
          crumbs={crumbs}
          rootName={nodeName(tree, 0)}
          onCrumb={(depth) => setZoomPath(crumbs.slice(0, depth))}
          measureRef={measureToolbar}
          extras={<ToolbarExtras vs={vs} groups={groups} hiddenShare={shown.hiddenShare} refine={refine} />}
          inverted={vs.inverted}
          onInvert={vs.setInverted}
        />
      )}
      <div className={bodyStyle} style={{ height: bodyH }}>
        <PanelBody
          view={current}
          tree={tree}
          upright={shown.upright}
          unit={profile.unit}
          width={width}
          height={bodyH}
          diff={diff}
          flameView={{
            zoom,
            orientation: options.orientation,
            textAlign: options.textAlign,
            matched: found && !found.error ? found.matched : undefined,
            selected,
            colorOf,
            highlightName: hoverName,
            minLabelWidth: options.minLabelWidth,
            refining: profile.kind === 'single' && profile.side.tree === tree ? refine?.marked : undefined,
          }}
          exact={exact}
          sideColors={sideColors}
          options={options}
          tableFilter={tableFilter}
          onHoverName={setHoverName}
          onPickName={highlightSimilar}
          sandwichName={vs.sandwichName}
          onSandwich={vs.openSandwich}
          onDetails={pair ? undefined : (name) => details.open({ name })}
          matchIn={matchIn}
          onZoom={onZoom}
          onSelect={setSelected}
          matched={found && !found.error ? found.matched : undefined}
          onSearchKey={() => searchRef.current?.focus()}
          onNodeMenu={nodeMenu}
          onMenuTarget={setMenu}
          pair={profile.kind === 'pair' ? { ...profile, retargets } : undefined}
          onRetarget={override ? undefined : (role, range) => void retargetSide(role, range)}
          canvasRef={canvasRef}
          diffControls={{
            coloring: vs.coloring,
            onColoring: vs.setColoring,
            onOpenSide: vs.setSide,
            onPickNode: (n) => applySearchStep({ selected: n, zoomTo: tree.parent[n] }, setSelected, onZoom),
          }}
        />
      </div>
      {menu && (
        <NodeMenu
          target={menu}
          actions={{
            onSandwich: vs.openSandwich,
            onFilter: (action, name) => vs.setFilters(withNameFilter(filters, action, name)),
            onHighlightSimilar: highlightSimilar,
            onDetails: pair ? undefined : (name, callSite) => details.open({ name, callSite }),
            onClose: () => setMenu(undefined),
          }}
        />
      )}
      <FunctionDetailsDrawer control={details} unit={profile.unit} profileTotal={tree.total[0]} />
    </div>
  );
}

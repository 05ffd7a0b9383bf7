/**
 * What the user is looking at — zoom path, search, view, sandwiched function — kept in the URL
 * (replaced, not pushed: a keystroke is not a history entry), so a link or a refresh shows the same.
 */
import { useEffect, useMemo, useState } from 'react';
import { locationService } from '@grafana/runtime';
import type { FlameGraphPanelOptions, PanelView } from '../types';
import { readViewState, viewStateQuery, type DiffSide } from '../viewState';
import type { FrameFilters } from '../../src/tree/frameFilters';
import type { DiffColoring } from '../../src/tree/diffView';
import { optionFilters, sameFilters } from '../frameFilterState';

export interface ViewStateApi {
  zoomPath: string[];
  setZoomPath: (path: string[]) => void;
  search: string;
  setSearch: (text: string) => void;
  view: PanelView;
  setView: (view: PanelView) => void;
  sandwichName?: string;
  /** Opens the sandwich view on a function. */
  openSandwich: (name: string) => void;
  /** The bottom-up graph (its zoom path starts over: the names on it are others). */
  inverted: boolean;
  setInverted: (inverted: boolean) => void;
  /** Frame filters in force (the panel's options until the viewer changes them). */
  filters: FrameFilters;
  setFilters: (f: FrameFilters) => void;
  /** For two profiles: one side alone, or the diff (undefined). */
  side?: DiffSide;
  setSide: (side: DiffSide | undefined) => void;
  coloring: DiffColoring;
  setColoring: (c: DiffColoring) => void;
  /** The label the graph is grouped by ('' for none). */
  groupBy: string;
  setGroupBy: (label: string) => void;
}

export interface ViewDefaults {
  view: PanelView;
  inverted: boolean;
  filters: FrameFilters;
  coloring: DiffColoring;
  groupBy: string;
}

/** The view state's starting points, from the panel's options. */
export function viewDefaults(o: FlameGraphPanelOptions): ViewDefaults {
  return {
    view: o.view,
    inverted: o.inverted,
    filters: optionFilters(o),
    coloring: o.diffColoring,
    groupBy: o.groupBy,
  };
}

export function useViewState(panelId: number, options: FlameGraphPanelOptions): ViewStateApi {
  const defaults = useMemo(() => viewDefaults(options), [options]);
  const { view: defaultView, inverted: defaultInverted, filters: defaultFilters } = defaults;
  const { coloring: defaultColoring, groupBy: defaultGroupBy } = defaults;
  const initial = useMemo(
    () => readViewState(new URLSearchParams(locationService.getLocation().search), panelId),
    [panelId]
  );
  const [zoomPath, setZoomPath] = useState<string[]>(initial.zoomPath);
  const [search, setSearch] = useState(initial.search);
  const [view, setView] = useState<PanelView>(initial.view ?? defaultView);
  const [sandwichName, setSandwichName] = useState(initial.sandwich);
  // A new default view (the "View" option changed in panel edit) is shown at once: the user just
  // chose it. React's way to adjust state to a prop, during render rather than in an effect.
  const [shownDefault, setShownDefault] = useState(defaultView);
  if (shownDefault !== defaultView) {
    setShownDefault(defaultView);
    setView(defaultView);
  }
  const [inverted, setInvertedState] = useState(initial.inverted ?? defaultInverted);
  const [shownInverted, setShownInverted] = useState(defaultInverted);
  if (shownInverted !== defaultInverted) {
    setShownInverted(defaultInverted);
    setInvertedState(defaultInverted);
    setZoomPath([]);
  }

  const [filters, setFiltersState] = useState(initial.filters ?? defaultFilters);
  const [shownFilters, setShownFilters] = useState(defaultFilters);
  if (!sameFilters(shownFilters, defaultFilters)) {
    setShownFilters(defaultFilters);
    setFiltersState(defaultFilters);
  }
  const [side, setSide] = useState(initial.side);
  const [coloring, setColoring] = useState(initial.coloring ?? defaultColoring);
  const [shownColoring, setShownColoring] = useState(defaultColoring);
  if (shownColoring !== defaultColoring) {
    setShownColoring(defaultColoring);
    setColoring(defaultColoring);
  }

  const [groupBy, setGroupByState] = useState(initial.groupBy ?? defaultGroupBy);
  const [shownGroupBy, setShownGroupBy] = useState(defaultGroupBy);
  if (shownGroupBy !== defaultGroupBy) {
    setShownGroupBy(defaultGroupBy);
    setGroupByState(defaultGroupBy);
  }

  useEffect(() => {
    const state = {
      zoomPath,
      search,
      view: view === defaultView ? undefined : view,
      sandwich: view === 'sandwich' ? sandwichName : undefined,
      inverted: inverted === defaultInverted ? undefined : inverted,
      filters: sameFilters(filters, defaultFilters) ? undefined : filters,
      side,
      coloring: coloring === defaultColoring ? undefined : coloring,
      groupBy: groupBy === defaultGroupBy ? undefined : groupBy,
    };
    locationService.partial(viewStateQuery(state, panelId), true);
  }, [
    zoomPath,
    search,
    view,
    defaultView,
    panelId,
    sandwichName,
    inverted,
    defaultInverted,
    filters,
    defaultFilters,
    side,
    coloring,
    defaultColoring,
    groupBy,
    defaultGroupBy,
  ]);

  const openSandwich = useMemo(
    () => (name: string) => {
      setSandwichName(name);
      setView('sandwich');
    },
    []
  );
  const setInverted = useMemo(
    () => (on: boolean) => {
      setInvertedState(on);
      setZoomPath([]);
    },
    []
  );
  const setFilters = useMemo(
    () => (f: FrameFilters) => {
      setFiltersState(f);
      setZoomPath([]);
    },
    []
  );
  const setGroupBy = useMemo(
    () => (label: string) => {
      setGroupByState(label);
      setZoomPath([]);
    },
    []
  );
  return {
    groupBy,
    setGroupBy,
    filters,
    setFilters,
    side,
    setSide,
    coloring,
    setColoring,
    zoomPath,
    setZoomPath,
    search,
    setSearch,
    view,
    setView,
    sandwichName,
    openSandwich,
    inverted,
    setInverted,
  };
}

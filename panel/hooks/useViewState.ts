/**
 * What the user is looking at — zoom path, search, view, sandwiched function — kept in the URL
 * (replaced, not pushed: a keystroke is not a history entry), so a link or a refresh shows the same.
 */
import { useEffect, useMemo, useState } from 'react';
import { locationService } from '@grafana/runtime';
import type { PanelView } from '../types';
import { readViewState, viewStateQuery } from '../viewState';

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
}

export function useViewState(panelId: number, defaultView: PanelView, defaultInverted = false): ViewStateApi {
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

  useEffect(() => {
    const state = {
      zoomPath,
      search,
      view: view === defaultView ? undefined : view,
      sandwich: view === 'sandwich' ? sandwichName : undefined,
      inverted: inverted === defaultInverted ? undefined : inverted,
    };
    locationService.partial(viewStateQuery(state, panelId), true);
  }, [zoomPath, search, view, defaultView, panelId, sandwichName, inverted, defaultInverted]);

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
  return {
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

/**
 * What the query editor looks up as the user types: the profile types of the range, and the label
 * names and values that exist for the chosen type, the selector so far and the range. Answers for
 * an older input are dropped when a newer one has been asked.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TimeRange } from '@grafana/data';
import type { ProfileType } from '../../src/pyroscope/types';
import type { DataSource } from '../DataSource';
import type { ServerCapabilities } from '../../src/contract/capabilities';

export interface EditorLookups {
  /** What the server can do; undefined until it has answered. */
  capabilities?: ServerCapabilities;
  types: ProfileType[];
  loadError?: string;
  labelNames: string[];
  filterValues: string[];
  scope: { start: number; end: number };
}

export function useEditorLookups(
  datasource: DataSource,
  range: TimeRange | undefined,
  profileTypeId: string | undefined,
  selector: string | undefined,
  selectorOk: boolean,
  filterLabel: string | undefined
): EditorLookups {
  const [types, setTypes] = useState<ProfileType[]>([]);
  const [labelNames, setLabelNames] = useState<string[]>([]);
  const [filterValues, setFilterValues] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [capabilities, setCapabilities] = useState<ServerCapabilities>();

  useEffect(() => {
    let live = true;
    // Unreachable servers are reported by the type lookup below; capabilities then stay unknown.
    datasource.capabilities().then(
      (c) => live && setCapabilities(c),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [datasource]);
  // Round the range so re-renders within the same minute reuse one request.
  const fromMin = Math.floor((range?.from.valueOf() ?? datasource.now() - 3600e3) / 60000);
  const toMin = Math.ceil((range?.to.valueOf() ?? datasource.now()) / 60000);
  const scope = useMemo(() => ({ start: fromMin * 60000, end: toMin * 60000 }), [fromMin, toMin]);

  useEffect(() => {
    let live = true;
    datasource
      .getProfileTypes(scope.start, scope.end)
      .then((t) => live && (setTypes(t), setLoadError(undefined)))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [datasource, scope]);

  useEffect(() => {
    let live = true;
    if (!profileTypeId || !selectorOk) {
      return;
    }
    datasource
      .getLabelNames(profileTypeId, selector ?? '{}', scope)
      .then((n) => live && setLabelNames(n))
      .catch(() => live && setLabelNames([]));
    return () => {
      live = false;
    };
  }, [datasource, profileTypeId, selector, selectorOk, scope]);

  useEffect(() => {
    let live = true;
    if (!profileTypeId || !filterLabel || !selectorOk) {
      setFilterValues([]);
      return;
    }
    datasource
      .getLabelValues(profileTypeId, selector ?? '{}', filterLabel, scope)
      .then((v) => live && setFilterValues(v))
      .catch(() => live && setFilterValues([]));
    return () => {
      live = false;
    };
  }, [datasource, profileTypeId, selector, filterLabel, selectorOk, scope]);

  return { capabilities, types, loadError, labelNames, filterValues, scope };
}

/**
 * The flame graph grouped by a label, fetched when the viewer picks one (per value of the label, so
 * several queries: src/pyroscope/labelGroups) and again when the query's data changes. Until it
 * arrives, and when the datasource cannot group, the panel shows the query's own profile and says
 * why in a notice.
 */
import { useEffect, useMemo, useState } from 'react';
import { childrenOf, nodeName, type CallTree } from '../../src/tree/callTree';
import type { PanelData } from '@grafana/data';
import { nestedSetFrameToTree } from '../../src/frames/nestedSet';
import type { LabelGrouping } from '../../src/contract/datasource';
import type { ProfileData } from '../profileData';
import type { Override } from '../droppedFile';
import { profilesSource } from '../profilesDatasource';
import type { Notice } from './useRemoteDetail';
import { useLatestOnly } from './useLatestOnly';

export interface LabelGroupsApi {
  /** The profile to show: grouped once fetched, the query's own until then. */
  profile: ProfileData;
  /** The group nodes' names (the grouped graph's first level): not functions, never filtered. */
  groupNames?: ReadonlySet<string>;
  /** Label names to group by, once asked for (the picker asks when opened). */
  labels?: string[];
  loadLabels?: () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * `queried` is the query's profile; it is grouped when a label is set, it is one profile (not a
 * comparison) and nothing replaces it (a dropped file, a subtree in full detail).
 */
export function useLabelGroups(
  data: PanelData,
  queried: ProfileData,
  ask: { override?: Override; label: string; limit: number },
  setNotice: (n: Notice | undefined) => void
): LabelGroupsApi {
  const grouping: LabelGrouping | undefined =
    queried.kind === 'single' && !ask.override && ask.label ? { label: ask.label, limit: ask.limit } : undefined;
  const [grouped, setGrouped] = useState<ProfileData>();
  const [labels, setLabels] = useState<string[]>();
  const [canGroup, setCanGroup] = useState(false);
  const guard = useLatestOnly();
  const label = grouping?.label;
  const limit = grouping?.limit ?? 0;

  useEffect(() => {
    let live = true;
    void profilesSource(data).then((src) => live && setCanGroup(src?.grouping !== undefined));
    setLabels(undefined);
    return () => {
      live = false;
    };
  }, [data]);

  useEffect(() => {
    const ticket = guard.take();
    setGrouped(undefined);
    if (!label) {
      return;
    }
    const apply = (f: () => void) => guard.isCurrent(ticket) && f();
    void (async () => {
      const src = await profilesSource(data);
      if (!src?.grouping) {
        apply(() => setNotice({ text: 'Grouping by label needs the Flamelens datasource.', severity: 'info' }));
        return;
      }
      apply(() => setNotice({ text: `Grouping by ${label}: one query per value…`, severity: 'info' }));
      try {
        const frame = await src.grouping.fetchGroups({ label, limit });
        apply(() => {
          setNotice(frame ? undefined : { text: `No profiles to group by ${label}.`, severity: 'info' });
          if (frame) {
            const { tree, unit } = nestedSetFrameToTree(frame);
            setGrouped({ kind: 'single', side: { tree }, unit });
          }
        });
      } catch (e) {
        apply(() => setNotice({ text: `Could not group by ${label}: ${message(e)}`, severity: 'error' }));
      }
    })();
  }, [data, label, limit, guard, setNotice]);

  const loadLabels = () =>
    void profilesSource(data).then((src) =>
      src?.grouping?.labelNames().then(setLabels, (e: unknown) => {
        setNotice({ text: `Could not list labels: ${message(e)}`, severity: 'error' });
      })
    );
  // One profile of the query only: a comparison's sides, a dropped file, a detail view are not grouped.
  const groupable = canGroup && queried.kind === 'single' && !ask.override;
  const shown = (grouping && grouped) || undefined;
  const groupNames = useMemo(() => (shown?.kind === 'single' ? firstLevelNames(shown.side.tree) : undefined), [shown]);
  return { profile: shown ?? queried, groupNames, labels, loadLabels: groupable ? loadLabels : undefined };
}

function firstLevelNames(tree: CallTree): ReadonlySet<string> {
  return new Set(childrenOf(tree, 0).map((c) => nodeName(tree, c)));
}

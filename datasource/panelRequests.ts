/**
 * What the datasource does for its query editor and the panel beyond query(): queries interpolated
 * with the dashboard's variables and ad hoc filters, and the panel's requests that only interpolate
 * and delegate (the merged pprof, a function's source, label groups). A base class so
 * DataSource.ts holds the queries.
 */
import type { DataFrame, DataSourceInstanceSettings, ScopedVars } from '@grafana/data';
import type { TimeRangeMs } from '../src/pyroscope/types';
import type { FlamelensQuery } from '../src/contract/query';
import type { LabelGrouping } from '../src/contract/datasource';
import type { SourceAnswer, SourceRequest } from '../src/contract/functionDetails';
import type { FlamelensOptions } from './types';
import { interpolateQuery } from './interpolateQuery';
import { LabelLookups } from './labelLookups';
import type { AdHocFilter } from './lookups';
import { mergeParams } from './queryFrames';
import { labelGroupsFrame } from './panelFetches';
import { fetchSource, type SourceSettings } from './source';

export abstract class PanelRequests extends LabelLookups {
  private readonly source: SourceSettings;

  constructor(instanceSettings: DataSourceInstanceSettings<FlamelensOptions>) {
    super(instanceSettings);
    this.source = {
      keepCookies: instanceSettings.jsonData?.keepCookies ?? [],
      signInUrl: instanceSettings.jsonData?.sourceSignInUrl,
    };
  }

  /**
   * Interpolates every field of a query with the dashboard's variables, escaped for where it lands,
   * and narrows both selectors (a comparison's baseline too) with the dashboard's ad hoc filters.
   */
  applyTemplateVariables(
    q: FlamelensQuery,
    scopedVars: ScopedVars,
    filters: readonly AdHocFilter[] = []
  ): FlamelensQuery {
    return interpolateQuery(q, scopedVars, filters);
  }

  override interpolateVariablesInQueries(
    queries: FlamelensQuery[],
    scopedVars: ScopedVars,
    filters?: AdHocFilter[]
  ): FlamelensQuery[] {
    return queries.map((q) => this.applyTemplateVariables(q, scopedVars, filters));
  }

  /**
   * The exact merged pprof (uncompressed) of a query over a range: every stack, not the truncated
   * tree, for exports.
   */
  async downloadProfile(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    filters: readonly AdHocFilter[] = [],
    callSite: string[] = []
  ): Promise<Uint8Array | undefined> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    return this.client.selectMergeProfile({
      ...mergeParams(i, range),
      ...(callSite.length ? { stackTraceSelector: callSite } : {}),
    });
  }

  /** A function's source file and commit for the panel's function details, or why there are none. */
  fetchSource(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars,
    request: SourceRequest,
    filters: readonly AdHocFilter[] = []
  ): Promise<SourceAnswer> {
    return fetchSource(this.client, this.applyTemplateVariables(q, scopedVars, filters), range, request, this.source);
  }

  /** Label names of a query's profiles over a range, for the panel's "group by" picker. */
  async labelNamesOf(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    filters: readonly AdHocFilter[] = []
  ): Promise<string[]> {
    const i = this.applyTemplateVariables(q, scopedVars, filters);
    return this.getLabelNames(i.profileTypeId, i.labelSelector || '{}', range);
  }

  /** The query's flame graph grouped by a label's top values, the others as one group (exact totals). */
  async fetchLabelGroups(
    q: FlamelensQuery,
    range: TimeRangeMs,
    scopedVars: ScopedVars = {},
    grouping: LabelGrouping,
    filters: readonly AdHocFilter[] = []
  ): Promise<DataFrame | undefined> {
    return labelGroupsFrame(this.client, this.applyTemplateVariables(q, scopedVars, filters), range, grouping);
  }
}

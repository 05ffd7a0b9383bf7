/**
 * The label lookups of the datasource: profile types, label names and values for the editor and
 * variables, and tag keys and values for Grafana's ad hoc filters. A base class so DataSource.ts
 * holds the queries.
 */
import {
  DataSourceApi,
  DataSourceGetTagKeysOptions,
  DataSourceGetTagValuesOptions,
  MetricFindValue,
} from '@grafana/data';
import type { PyroscopeClient } from '../src/pyroscope/client';
import type { ProfileType, TimeRangeMs } from '../src/pyroscope/types';
import type { Clock } from '../src/time/clock';
import type { FlamelensQuery } from '../src/contract/query';
import type { FlamelensOptions } from './types';
import { lookupRange, scopedMatcher, withAdHocFilters } from './lookups';

export abstract class LabelLookups extends DataSourceApi<FlamelensQuery, FlamelensOptions> {
  abstract readonly client: PyroscopeClient;
  abstract readonly now: Clock;

  /** Profile types for the editor's picker, scoped to a time range. */
  getProfileTypes(start: number, end: number): Promise<ProfileType[]> {
    return this.client.profileTypes({ start, end });
  }

  /** Label names for the editor, scoped to a profile type, the selector so far and a range; no __ names. */
  async getLabelNames(profileTypeId: string, selector: string, range: TimeRangeMs): Promise<string[]> {
    const names = await this.client.labelNames([scopedMatcher(profileTypeId, selector)], range);
    return names.filter((n) => !n.startsWith('__'));
  }

  async getLabelValues(profileTypeId: string, selector: string, label: string, range: TimeRangeMs): Promise<string[]> {
    return this.client.labelValues(label, [scopedMatcher(profileTypeId, selector)], range);
  }

  /**
   * Label names for the ad hoc filter picker: over the dashboard's range when Grafana gives it (the
   * last 24 hours otherwise), among the profiles the other filters already leave.
   */
  override async getTagKeys(options?: DataSourceGetTagKeysOptions<FlamelensQuery>): Promise<MetricFindValue[]> {
    const selector = withAdHocFilters('{}', options?.filters ?? []);
    const range = lookupRange(options?.timeRange, this.now());
    return (await this.getLabelNames('', selector, range)).map((text) => ({ text }));
  }

  /** Values of one label for the ad hoc filter picker, scoped like getTagKeys. */
  override async getTagValues(options: DataSourceGetTagValuesOptions<FlamelensQuery>): Promise<MetricFindValue[]> {
    // The filter being edited is not a constraint on its own values.
    const others = (options.filters ?? []).filter((f) => f.key !== options.key);
    const selector = withAdHocFilters('{}', others);
    const range = lookupRange(options.timeRange, this.now());
    return (await this.getLabelValues('', selector, options.key, range)).map((text) => ({ text }));
  }
}

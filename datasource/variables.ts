import { CustomVariableSupport, DataQueryRequest, DataQueryResponse, MetricFindValue, ScopedVars } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { from, Observable } from 'rxjs';
import { map } from 'rxjs';
import type { DataSource } from './DataSource';
import { VariableQueryEditor } from './VariableQueryEditor';
import type { VariableQuery } from '../src/contract/query';
import type { TimeRangeMs } from '../src/pyroscope/types';
import { interpolateSelector } from '../src/selector/interpolate';
import { preferredFirst } from '../src/pyroscope/preferredType';

/**
 * Dashboard variables from Pyroscope: profile types, label names and label values, each scoped to
 * the dashboard's time range (and label queries to a profile type and selector).
 */
export class FlamelensVariableSupport extends CustomVariableSupport<DataSource, VariableQuery> {
  override editor = VariableQueryEditor;

  constructor(private readonly datasource: DataSource) {
    super();
  }

  query(request: DataQueryRequest<VariableQuery>): Observable<DataQueryResponse> {
    const q = request.targets[0];
    const range = { start: request.range.from.valueOf(), end: request.range.to.valueOf() };
    return from(this.values(q, range, request.scopedVars)).pipe(map((values: MetricFindValue[]) => ({ data: values })));
  }

  private async values(q: VariableQuery, range: TimeRangeMs, scopedVars: ScopedVars): Promise<MetricFindValue[]> {
    const ds = this.datasource;
    const t = getTemplateSrv();
    if (q.type === 'profileType') {
      // The preferred type first: a variable without a (valid) saved value takes the first option.
      const types = preferredFirst(await ds.client.profileTypes(range));
      return types.map((p) => ({ text: `${p.name} - ${p.sampleType}`, value: p.ID }));
    }
    const selector = interpolateSelector(q.labelSelector || '{}', (text, fmt) => t.replace(text, scopedVars, fmt));
    const typeId = q.profileTypeId ? t.replace(q.profileTypeId, scopedVars) : '';
    if (q.type === 'label') {
      return (await ds.getLabelNames(typeId, selector, range)).map((n) => ({ text: n }));
    }
    const values = await ds.getLabelValues(typeId, selector, t.replace(q.labelName, scopedVars), range);
    return values.map((v) => ({ text: v }));
  }
}

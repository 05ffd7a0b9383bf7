import { CustomVariableSupport, DataQueryRequest, DataQueryResponse, MetricFindValue } from '@grafana/data';
import { from, Observable } from 'rxjs';
import { map } from 'rxjs';
import type { DataSource } from './DataSource';
import { VariableQueryEditor } from './VariableQueryEditor';
import type { VariableQuery } from '../src/contract/query';

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
    return from(this.datasource.findVariableValues(q, range, request.scopedVars)).pipe(
      map((values: MetricFindValue[]) => ({ data: values }))
    );
  }
}

import { lastValueFrom } from 'rxjs';
import { dateTime, DataQueryRequest } from '@grafana/data';
import { FlamelensVariableSupport } from './variables';
import type { DataSource } from './DataSource';
import type { VariableQuery } from '../src/contract/query';

jest.mock('@grafana/runtime', () => ({
  getTemplateSrv: () => ({
    replace: (text: string, _scoped: unknown, format?: (v: string | string[]) => string) =>
      text.replace(/\$(\w+)/g, (m, name: string) => {
        const v = ({ app: 'api"x', type: 'memory:alloc_space:bytes:space:bytes' } as Record<string, string>)[name];
        return v === undefined ? m : format ? format(v) : v;
      }),
  }),
}));

const profileTypes = jest.fn();
const getLabelNames = jest.fn();
const getLabelValues = jest.fn();
const ds = { client: { profileTypes }, getLabelNames, getLabelValues } as unknown as DataSource;

const run = async (q: VariableQuery) =>
  (
    await lastValueFrom(
      new FlamelensVariableSupport(ds).query({
        targets: [q],
        range: { from: dateTime(1000), to: dateTime(61000) },
        scopedVars: {},
      } as unknown as DataQueryRequest<VariableQuery>)
    )
  ).data;

describe('dashboard variables', () => {
  it('lists profile types with the preferred one (CPU) first, as "name - sample type" with the ID as value', async () => {
    profileTypes.mockResolvedValue([
      { ID: 'memory:alloc_space:bytes:space:bytes', name: 'memory', sampleType: 'alloc_space' },
      { ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', name: 'process_cpu', sampleType: 'cpu' },
    ]);
    expect(await run({ refId: 'v', type: 'profileType' })).toEqual([
      { text: 'process_cpu - cpu', value: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds' },
      { text: 'memory - alloc_space', value: 'memory:alloc_space:bytes:space:bytes' },
    ]);
    expect(profileTypes).toHaveBeenCalledWith({ start: 1000, end: 61000 });
  });

  it('scopes label values to the interpolated profile type and selector (variables escaped) and the range', async () => {
    getLabelValues.mockResolvedValue(['eu', 'us']);
    const q: VariableQuery = {
      refId: 'v',
      type: 'labelValue',
      profileTypeId: '$type',
      labelSelector: '{service_name="$app"}',
      labelName: 'region',
    };
    expect(await run(q)).toEqual([{ text: 'eu' }, { text: 'us' }]);
    expect(getLabelValues).toHaveBeenCalledWith(
      'memory:alloc_space:bytes:space:bytes',
      '{service_name="api\\"x"}',
      'region',
      { start: 1000, end: 61000 }
    );
  });
});

/**
 * @jest-environment jsdom
 */
// @grafana/data (applyFieldOverrides, themes) needs a window.
import { applyFieldOverrides, createDataFrame, createTheme, dateTime, FieldType } from '@grafana/data';
import { formatValue, setTimeRange, setVariables, templateSrv } from './templateSrv';

describe('host template service', () => {
  beforeEach(() =>
    setVariables([
      { name: 'service', multi: false, includeAll: false, options: [{ text: 'api', value: 'api' }], current: ['api'] },
      {
        name: 'pod',
        multi: true,
        includeAll: true,
        options: ['a.1', 'b|2', 'c'].map((v) => ({ text: v, value: v })),
        current: ['a.1', 'b|2'],
      },
      {
        name: 'region',
        multi: true,
        includeAll: true,
        allValue: '.*',
        options: ['eu', 'us'].map((v) => ({ text: v, value: v })),
        current: ['$__all'],
      },
      {
        name: 'zone',
        multi: true,
        includeAll: true,
        options: ['z1', 'z2'].map((v) => ({ text: v, value: v })),
        current: ['$__all'],
      },
    ])
  );

  it('replaces $var, ${var} and [[var]]', () => {
    expect(templateSrv.replace('{service_name="$service"} ${service} [[service]]')).toBe(
      '{service_name="api"} api api'
    );
  });

  it('joins multiple values as Grafana does per format', () => {
    expect(templateSrv.replace('${pod}')).toBe('{a.1,b|2}');
    expect(templateSrv.replace('${pod:regex}')).toBe('(a\\.1|b\\|2)');
    expect(templateSrv.replace('${pod:pipe}')).toBe('a.1|b|2');
    expect(templateSrv.replace('${pod:csv}')).toBe('a.1,b|2');
    expect(templateSrv.replace('${pod:json}')).toBe('["a.1","b|2"]');
    expect(templateSrv.replace('$pod', {}, 'regex')).toBe('(a\\.1|b\\|2)');
  });

  it('expands All to every value, or to the custom all value', () => {
    expect(templateSrv.replace('${zone:regex}')).toBe('(z1|z2)');
    expect(templateSrv.replace('${region:regex}')).toBe('.*');
  });

  it('prefers scoped variables and leaves unknown ones alone', () => {
    expect(templateSrv.replace('$service $unknown', { service: { text: 'x', value: 'web' } })).toBe('web $unknown');
  });

  it('formats single values', () => {
    expect(formatValue('a.b', 'regex')).toBe('a\\.b');
    expect(formatValue(['a'], 'glob')).toBe('a');
  });

  it('writes queryparam with the variable name, and __all_variables for every variable', () => {
    expect(templateSrv.replace('${pod:queryparam}')).toBe('var-pod=a.1&var-pod=b%7C2');
    expect(templateSrv.replace('${__all_variables}')).toBe(
      'var-service=api&var-pod=a.1&var-pod=b%7C2&var-region=%24__all&var-zone=%24__all'
    );
  });
});

describe("Grafana's built-in variables in the host", () => {
  const FROM = Date.UTC(2026, 0, 2, 3, 4, 5);
  const TO = FROM + 3600e3;
  beforeEach(() => {
    setVariables([{ name: 'service', multi: false, includeAll: false, options: [], current: ['api'] }]);
    setTimeRange({ from: dateTime(FROM), to: dateTime(TO), raw: { from: 'now-1h', to: 'now' } });
  });

  it('${__from} and ${__to} in epoch ms, ISO, seconds and a custom format; __url_time_range keeps relative ranges', () => {
    expect(templateSrv.replace('$__from ${__to}')).toBe(`${FROM} ${TO}`);
    expect(templateSrv.replace('${__from:date}')).toBe('2026-01-02T03:04:05.000Z');
    expect(templateSrv.replace('${__from:date:iso}')).toBe('2026-01-02T03:04:05.000Z');
    expect(templateSrv.replace('${__to:date:seconds}')).toBe(String(TO / 1000));
    expect(templateSrv.replace('${__from:date:YYYY-MM}')).toBe('2026-01');
    expect(templateSrv.replace('${__url_time_range}')).toBe('from=now-1h&to=now');
  });

  it('interpolates a data link the way applyFieldOverrides asks: value, field labels, series, other fields, variables', () => {
    const frame = createDataFrame({
      name: 'breakdown',
      fields: [
        {
          name: 'region',
          type: FieldType.string,
          values: ['eu-north', 'us-east'],
          labels: { service_name: 'ride' },
          config: {
            links: [
              { title: 'Open ${__value.raw}', url: '/x?r=${__value.raw}&s=${__field.labels.service_name}&v=$service' },
              { title: 'Row ${__data.fields.share} of ${__series.name} (${__field.name})', url: '/y?from=${__from}' },
              {
                title: 'Explore ${__value.raw}',
                url: '',
                internal: {
                  datasourceUid: 'ds',
                  datasourceName: 'DS',
                  query: { labelSelector: '{region="${__value.raw}"}' },
                },
              },
            ],
          },
        },
        { name: 'share', type: FieldType.number, values: [0.75, 0.25], config: {} },
      ],
    });
    const [out] = applyFieldOverrides({
      data: [frame],
      fieldConfig: { defaults: {}, overrides: [] },
      replaceVariables: (v, scoped, format) => templateSrv.replace(v, scoped, format as string | undefined),
      theme: createTheme(),
      timeZone: 'utc',
    });
    const links = out.fields[0].getLinks!({ valueRowIndex: 1 });
    expect(links[0].title).toBe('Open us-east');
    expect(links[0].href).toBe('/x?r=us-east&s=ride&v=api');
    expect(links[1].title).toBe('Row 0.250 of breakdown (region)');
    expect(links[1].href).toBe(`/y?from=${FROM}`);
    expect(links[2].title).toBe('Explore us-east');
    const left = JSON.parse(new URLSearchParams(links[2].href.split('?')[1]).get('left')!);
    expect(left.queries[0].labelSelector).toBe('{region="us-east"}');
  });
});

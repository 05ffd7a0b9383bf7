import { formatValue, setVariables, templateSrv } from './templateSrv';

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
});

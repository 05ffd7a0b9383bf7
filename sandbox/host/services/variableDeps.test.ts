import { ALL, dependentVariables, mentionsAny, nextMultiValue } from './variableDeps';

describe('which variables and panels a variable change reaches', () => {
  const vars = [
    { name: 'profile_type', query: { type: 'profileType' } },
    { name: 'service', query: { labelName: 'service_name', profileTypeId: '$profile_type' } },
    { name: 'region', query: { labelSelector: '{service_name="${service}"}' } },
    { name: 'pod', query: { labelSelector: '{region=~"[[region]]"}' } },
    { name: 'other', query: { labelSelector: '{}' } },
  ];

  it('finds $name, ${name…} and [[name…]] but not a longer name that starts the same', () => {
    expect(mentionsAny('{a="$service"}', new Set(['service']))).toBe(true);
    expect(mentionsAny({ q: '${service:regex}' }, new Set(['service']))).toBe(true);
    expect(mentionsAny(['[[service]]'], new Set(['service']))).toBe(true);
    expect(mentionsAny('{a="$service_name"}', new Set(['service']))).toBe(false);
    expect(mentionsAny('{a="service"}', new Set(['service']))).toBe(false);
  });

  it('refreshes the chain below a variable, in order, and nothing above or beside it', () => {
    expect(dependentVariables(vars, 'profile_type')).toEqual(['service', 'region', 'pod']);
    expect(dependentVariables(vars, 'region')).toEqual(['pod']);
    expect(dependentVariables(vars, 'pod')).toEqual([]);
    expect(dependentVariables(vars, 'other')).toEqual([]);
  });
});

describe('a multi-value picker with All', () => {
  it('picking All clears the other values', () => {
    expect(nextMultiValue(['eu', 'us'], ['eu', 'us', ALL], true)).toEqual([ALL]);
  });
  it('picking a value while All is selected drops All', () => {
    expect(nextMultiValue([ALL], [ALL, 'eu'], true)).toEqual(['eu']);
  });
  it('clearing everything selects All, or the first option without All', () => {
    expect(nextMultiValue(['eu'], [], true)).toEqual([ALL]);
    expect(nextMultiValue(['eu'], [], false, 'us')).toEqual(['us']);
  });
  it('adding a value to values keeps them all', () => {
    expect(nextMultiValue(['eu'], ['eu', 'us'], true)).toEqual(['eu', 'us']);
  });
});

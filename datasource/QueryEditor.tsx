/**
 * The query editor: profile type, query type, label selector (with a filter picker of the labels
 * that exist), and the fields the query type adds. Lookups live in useEditorLookups; each group of
 * fields is its own component.
 */
import React, { useEffect, useState } from 'react';
import { CoreApp, QueryEditorProps, SelectableValue } from '@grafana/data';
import { InlineField, InlineFieldRow, Input, RadioButtonGroup } from '@grafana/ui';
import type { DataSource } from './DataSource';
import type { FlamelensOptions } from './types';
import type { FlamelensQuery, QueryType } from '../src/contract/query';
import { literalMatcher, parseSelector, SelectorError, withMatcher } from '../src/selector/selector';
import { useEditorLookups } from './editor/useEditorLookups';
import { ProfileTypePicker } from './editor/ProfileTypePicker';
import { LabelFilterPicker } from './editor/LabelFilterPicker';
import { BaselineFields, SeriesFields } from './editor/QueryTypeFields';
import { SelectionFields } from './editor/SelectionFields';
import { ExemplarFields } from './editor/ExemplarFields';
import { CapabilitiesNote } from './editor/CapabilitiesNote';
import { hasCapability } from '../src/contract/capabilities';
import { preferredProfileType } from '../src/pyroscope/preferredType';
import type { RegexEngine } from '../src/regex/engine';
import { useRegexEngine } from '../plugin-runtime/useRegexEngine';

type Props = QueryEditorProps<DataSource, FlamelensQuery, FlamelensOptions>;

const REGEX_MATCHER = /[=!]~/;

const QUERY_TYPES: Array<SelectableValue<QueryType> & { explore?: boolean }> = [
  { label: 'Profile', value: 'profile', description: 'Merged flame graph of the range' },
  { label: 'Metrics', value: 'metrics', description: 'Profile values over time' },
  { label: 'Both', value: 'both', description: 'Flame graph and series together (Explore)', explore: true },
  { label: 'Comparison', value: 'comparison', description: 'Two flame graphs: a baseline and this query' },
  { label: 'Diff', value: 'diff', description: 'One flame graph of what grew and shrank against a baseline' },
  { label: 'Tag breakdown', value: 'tagBreakdown', description: 'Totals and spread per value of a label' },
];

/**
 * Where a selector is wrong, before anything runs: its syntax, and once the RE2 engine has loaded
 * (only for selectors with a regex matcher), its regexes as Pyroscope would reject them.
 */
function selectorProblem(text: string | undefined, regex: RegexEngine | undefined): string | undefined {
  if (!text || text.includes('$')) {
    // Variables are checked after interpolation, when the query runs.
    return undefined;
  }
  try {
    parseSelector(text, { regex });
    return undefined;
  } catch (e) {
    return e instanceof SelectorError ? e.message : String(e);
  }
}

export function QueryEditor({ datasource, query, onChange, onRunQuery, range, app }: Props) {
  const [filterLabel, setFilterLabel] = useState<string>();
  const regex = useRegexEngine(
    REGEX_MATCHER.test(query.labelSelector ?? '') || REGEX_MATCHER.test(query.baselineSelector ?? '')
  );
  const problem = selectorProblem(query.labelSelector, regex);
  const lookups = useEditorLookups(datasource, range, query.profileTypeId, query.labelSelector, !problem, filterLabel);
  const queryType = query.queryType ?? 'profile';
  const update = (patch: Partial<FlamelensQuery>, run = true) => {
    onChange({ ...query, ...patch });
    if (run && !selectorProblem(patch.labelSelector ?? query.labelSelector, regex)) {
      onRunQuery();
    }
  };
  const addFilter = (value: string) => {
    if (filterLabel && !problem) {
      update({ labelSelector: withMatcher(query.labelSelector || '{}', literalMatcher(filterLabel, '=', value)) });
      setFilterLabel(undefined);
    }
  };
  const fieldProps = { query, update, onRunQuery };
  // Until the server answers, assume it can: hiding a field the user is about to fill is worse.
  const v2 = !lookups.capabilities || hasCapability(lookups.capabilities, 'v2StorageLayer');
  // A new query starts on the preferred type (CPU, else wall-clock CPU, else the first), as
  // Grafana's own editor does, instead of an empty picker and no data.
  const preferred = query.profileTypeId ? undefined : preferredProfileType(lookups.types)?.ID;
  useEffect(() => {
    if (preferred) {
      update({ profileTypeId: preferred });
    }
  }, [preferred]); // eslint-disable-line react-hooks/exhaustive-deps -- once per newly known default

  return (
    <>
      <InlineFieldRow>
        <ProfileTypePicker
          types={lookups.types}
          value={query.profileTypeId}
          loadError={lookups.loadError}
          onChange={(v) => update({ profileTypeId: v })}
        />
        <InlineField label="Query type" labelWidth={14}>
          <RadioButtonGroup
            options={QUERY_TYPES.filter((t) => !t.explore || app === CoreApp.Explore)}
            value={queryType}
            onChange={(v) => update({ queryType: v })}
          />
        </InlineField>
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField label="Label selector" labelWidth={16} grow invalid={Boolean(problem)} error={problem}>
          <Input
            aria-label="Label selector"
            placeholder='{service_name="my-service"}'
            value={query.labelSelector ?? '{}'}
            onChange={(e) => update({ labelSelector: e.currentTarget.value }, false)}
            onBlur={() => !problem && onRunQuery()}
          />
        </InlineField>
      </InlineFieldRow>
      <LabelFilterPicker
        labelNames={lookups.labelNames}
        label={filterLabel}
        onLabel={setFilterLabel}
        values={lookups.filterValues}
        onValue={addFilter}
      />
      {(queryType === 'metrics' || queryType === 'both' || queryType === 'tagBreakdown') && (
        <SeriesFields {...fieldProps} labelNames={lookups.labelNames} />
      )}
      {(queryType === 'metrics' || queryType === 'both') && <ExemplarFields {...fieldProps} heatmaps={v2} />}
      {(queryType === 'comparison' || queryType === 'diff') && (
        <BaselineFields {...fieldProps} problem={selectorProblem(query.baselineSelector, regex)} />
      )}
      <SelectionFields {...fieldProps} traceIds={v2} />
      <CapabilitiesNote capabilities={lookups.capabilities} />
    </>
  );
}

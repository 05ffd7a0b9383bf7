import React, { useEffect, useMemo, useState } from 'react';
import { CoreApp, QueryEditorProps, SelectableValue } from '@grafana/data';
import {
  Button,
  Cascader,
  CascaderOption,
  InlineField,
  InlineFieldRow,
  Input,
  MultiSelect,
  RadioButtonGroup,
  Select,
} from '@grafana/ui';
import type { DataSource } from './DataSource';
import type { FlamelensOptions, FlamelensQuery, QueryType } from './types';
import type { ProfileType } from '../src/pyroscope/types';
import { literalMatcher, parseSelector, SelectorError, withMatcher } from '../src/selector/selector';

type Props = QueryEditorProps<DataSource, FlamelensQuery, FlamelensOptions>;

const QUERY_TYPES: Array<SelectableValue<QueryType> & { explore?: boolean }> = [
  { label: 'Profile', value: 'profile', description: 'Merged flame graph of the range' },
  { label: 'Metrics', value: 'metrics', description: 'Profile values over time' },
  { label: 'Both', value: 'both', description: 'Flame graph and series together (Explore)', explore: true },
  { label: 'Comparison', value: 'comparison', description: 'Two flame graphs: a baseline and this query' },
  { label: 'Diff', value: 'diff', description: 'One flame graph of what grew and shrank against a baseline' },
  { label: 'Tag breakdown', value: 'tagBreakdown', description: 'Totals and spread per value of a label' },
];

const SHIFTS = [
  { label: 'Same range', value: '' },
  { label: '1 hour earlier', value: '1h' },
  { label: '1 day earlier', value: '1d' },
  { label: '1 week earlier', value: '1w' },
];

/** Where a selector's syntax is wrong, before anything runs. */
function selectorProblem(text: string | undefined): string | undefined {
  if (!text || text.includes('$')) {
    // Variables are checked after interpolation, when the query runs.
    return undefined;
  }
  try {
    parseSelector(text);
    return undefined;
  } catch (e) {
    return e instanceof SelectorError ? e.message : String(e);
  }
}

const splitIds = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function QueryEditor({ datasource, query, onChange, onRunQuery, range, app }: Props) {
  const [types, setTypes] = useState<ProfileType[]>([]);
  const [labelNames, setLabelNames] = useState<string[]>([]);
  const [filterLabel, setFilterLabel] = useState<string>();
  const [filterValues, setFilterValues] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string>();
  // Round the range so re-renders within the same minute reuse one request.
  const fromMin = Math.floor((range?.from.valueOf() ?? datasource.now() - 3600e3) / 60000);
  const toMin = Math.ceil((range?.to.valueOf() ?? datasource.now()) / 60000);
  const scope = useMemo(() => ({ start: fromMin * 60000, end: toMin * 60000 }), [fromMin, toMin]);
  const problem = selectorProblem(query.labelSelector);
  const baselineProblem = selectorProblem(query.baselineSelector);

  useEffect(() => {
    let live = true;
    datasource
      .getProfileTypes(scope.start, scope.end)
      .then((t) => live && (setTypes(t), setLoadError(undefined)))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [datasource, scope]);

  // Label names for autocomplete, scoped to the profile type, the selector so far and the range.
  useEffect(() => {
    let live = true;
    if (!query.profileTypeId || problem) {
      return;
    }
    datasource
      .getLabelNames(query.profileTypeId, query.labelSelector ?? '{}', scope)
      .then((n) => live && setLabelNames(n))
      .catch(() => live && setLabelNames([]));
    return () => {
      live = false;
    };
  }, [datasource, query.profileTypeId, query.labelSelector, problem, scope]);

  useEffect(() => {
    let live = true;
    if (!query.profileTypeId || !filterLabel || problem) {
      setFilterValues([]);
      return;
    }
    datasource
      .getLabelValues(query.profileTypeId, query.labelSelector ?? '{}', filterLabel, scope)
      .then((v) => live && setFilterValues(v))
      .catch(() => live && setFilterValues([]));
    return () => {
      live = false;
    };
  }, [datasource, query.profileTypeId, query.labelSelector, filterLabel, problem, scope]);

  // Two levels, as Grafana's Pyroscope editor: the profile name, then its sample types.
  const typeOptions: CascaderOption[] = useMemo(() => {
    const byName = new Map<string, CascaderOption[]>();
    for (const t of types) {
      const items = byName.get(t.name) ?? [];
      items.push({ label: t.sampleType, value: t.ID, title: t.ID });
      byName.set(t.name, items);
    }
    return [...byName.entries()].map(([name, items]) => ({ label: name, value: name, items }));
  }, [types]);
  const nameOptions = labelNames.map((n) => ({ label: n, value: n }));
  const queryType = query.queryType ?? 'profile';
  const update = (patch: Partial<FlamelensQuery>, run = true) => {
    onChange({ ...query, ...patch });
    if (run && !selectorProblem(patch.labelSelector ?? query.labelSelector)) {
      onRunQuery();
    }
  };
  const addFilter = (value: string) => {
    if (filterLabel && !problem) {
      update({ labelSelector: withMatcher(query.labelSelector || '{}', literalMatcher(filterLabel, '=', value)) });
      setFilterLabel(undefined);
    }
  };
  const queryTypes = QUERY_TYPES.filter((t) => !t.explore || app === CoreApp.Explore);

  return (
    <>
      <InlineFieldRow>
        <InlineField label="Profile type" labelWidth={16} invalid={Boolean(loadError)} error={loadError}>
          <Cascader
            key={`${types.length}-${query.profileTypeId}`}
            data-testid="profile-type"
            width={50}
            options={typeOptions}
            initialValue={query.profileTypeId || undefined}
            allowCustomValue
            displayAllSelectedLevels
            separator=" - "
            placeholder={loadError ? 'Could not load profile types' : 'Select a profile type'}
            onSelect={(v) => update({ profileTypeId: v })}
          />
        </InlineField>
        <InlineField label="Query type" labelWidth={14}>
          <RadioButtonGroup options={queryTypes} value={queryType} onChange={(v) => update({ queryType: v })} />
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
      <InlineFieldRow>
        <InlineField
          label="Add filter"
          labelWidth={16}
          tooltip="Label names and values that exist for this profile type, selector and time range"
        >
          <Select
            aria-label="Filter label"
            width={24}
            options={nameOptions}
            value={filterLabel ?? null}
            placeholder="label"
            onChange={(v) => setFilterLabel(v?.value)}
            isClearable
          />
        </InlineField>
        <InlineField label="=" labelWidth={4}>
          <Select
            aria-label="Filter value"
            width={30}
            options={filterValues.map((v) => ({ label: v, value: v }))}
            value={null}
            placeholder={filterLabel ? 'value' : 'pick a label first'}
            disabled={!filterLabel}
            onChange={(v) => v?.value !== undefined && addFilter(v.value)}
          />
        </InlineField>
      </InlineFieldRow>
      {(queryType === 'metrics' || queryType === 'both' || queryType === 'tagBreakdown') && (
        <InlineFieldRow>
          {queryType === 'tagBreakdown' ? (
            <InlineField label="Break down by" labelWidth={16}>
              <Select
                aria-label="Break down by"
                width={30}
                options={nameOptions}
                value={query.breakdownLabel}
                allowCustomValue
                onChange={(v) => update({ breakdownLabel: v.value })}
              />
            </InlineField>
          ) : (
            <InlineField label="Group by" labelWidth={16}>
              <MultiSelect
                aria-label="Group by"
                width={40}
                options={nameOptions}
                value={query.groupBy ?? []}
                allowCustomValue
                onChange={(v) => update({ groupBy: v.map((x) => String(x.value)) })}
              />
            </InlineField>
          )}
          <InlineField label="Limit" labelWidth={10} tooltip="Only the top N series">
            <Input
              aria-label="Limit"
              type="number"
              width={10}
              value={query.limit ?? ''}
              onChange={(e) => update({ limit: Number(e.currentTarget.value) || undefined }, false)}
              onBlur={() => onRunQuery()}
            />
          </InlineField>
        </InlineFieldRow>
      )}
      {(queryType === 'comparison' || queryType === 'diff') && (
        <InlineFieldRow>
          <InlineField
            label="Baseline selector"
            labelWidth={16}
            grow
            invalid={Boolean(baselineProblem)}
            error={baselineProblem}
            tooltip="Empty: the same selector as above"
          >
            <Input
              aria-label="Baseline selector"
              placeholder={query.labelSelector || '{}'}
              value={query.baselineSelector ?? ''}
              onChange={(e) => update({ baselineSelector: e.currentTarget.value }, false)}
              onBlur={() => !baselineProblem && onRunQuery()}
            />
          </InlineField>
          <InlineField label="Baseline range" labelWidth={16}>
            <Select
              aria-label="Baseline range"
              width={20}
              options={SHIFTS}
              value={query.baselineShift ?? ''}
              allowCustomValue
              onChange={(v) => update({ baselineShift: v.value || undefined })}
            />
          </InlineField>
        </InlineFieldRow>
      )}
      <InlineFieldRow>
        <InlineField label="Max nodes" labelWidth={16}>
          <Input
            aria-label="Max nodes"
            type="number"
            width={12}
            value={query.maxNodes ?? 16384}
            onChange={(e) => update({ maxNodes: Number(e.currentTarget.value) || undefined }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
        <InlineField
          label="Span IDs"
          labelWidth={12}
          tooltip="Only samples of these spans (16 hex digits each)"
          invalid={Boolean(query.spanSelector?.length && query.traceIdSelector?.length)}
          error="Use span IDs or trace IDs, not both"
        >
          <Input
            aria-label="Span IDs"
            width={30}
            value={(query.spanSelector ?? []).join(', ')}
            onChange={(e) => update({ spanSelector: splitIds(e.currentTarget.value) }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
        <InlineField label="Trace IDs" labelWidth={12} tooltip="Only samples of these traces (32 hex digits each)">
          <Input
            aria-label="Trace IDs"
            width={30}
            value={(query.traceIdSelector ?? []).join(', ')}
            onChange={(e) => update({ traceIdSelector: splitIds(e.currentTarget.value) }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
        {query.stackTraceSelector?.length ? (
          <InlineField label="Focused on" labelWidth={12}>
            <Button
              variant="secondary"
              size="sm"
              icon="times"
              onClick={() => update({ stackTraceSelector: undefined })}
            >
              {query.stackTraceSelector[query.stackTraceSelector.length - 1]}
            </Button>
          </InlineField>
        ) : null}
      </InlineFieldRow>
    </>
  );
}

/**
 * The fields a query type adds: group by (or the breakdown label) and a limit for series, and the
 * baseline of a comparison or diff.
 */
import React from 'react';
import { InlineField, InlineFieldRow, Input, MultiSelect, Select, Text } from '@grafana/ui';
import type { FlamelensQuery } from '../../src/contract/query';

export interface FieldProps {
  query: FlamelensQuery;
  /** Changes the query; runs it unless `run` is false (text fields run on blur). */
  update: (patch: Partial<FlamelensQuery>, run?: boolean) => void;
  onRunQuery: () => void;
}

const SHIFTS = [
  { label: 'Same range', value: '' },
  { label: '1 hour earlier', value: '1h' },
  { label: '1 day earlier', value: '1d' },
  { label: '1 week earlier', value: '1w' },
];

export function SeriesFields({ query, update, onRunQuery, labelNames }: FieldProps & { labelNames: string[] }) {
  const nameOptions = labelNames.map((n) => ({ label: n, value: n }));
  return (
    <InlineFieldRow>
      {query.queryType === 'tagBreakdown' ? (
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
  );
}

/** Whether a comparison's two sides are the same query: nothing can differ between them. */
export function baselineIsSameQuery(
  q: Pick<FlamelensQuery, 'labelSelector' | 'baselineSelector' | 'baselineShift'>
): boolean {
  const baseline = q.baselineSelector?.trim() || q.labelSelector?.trim() || '{}';
  return !q.baselineShift && baseline === (q.labelSelector?.trim() || '{}');
}

export function BaselineFields({ query, update, onRunQuery, problem }: FieldProps & { problem?: string }) {
  return (
    <>
      <InlineFieldRow>
        <InlineField
          label="Baseline selector"
          labelWidth={18}
          grow
          invalid={Boolean(problem)}
          error={problem}
          tooltip="Empty: the same selector as above"
        >
          <Input
            aria-label="Baseline selector"
            placeholder={query.labelSelector || '{}'}
            value={query.baselineSelector ?? ''}
            onChange={(e) => update({ baselineSelector: e.currentTarget.value }, false)}
            onBlur={() => !problem && onRunQuery()}
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
      {baselineIsSameQuery(query) && (
        <Text element="p" color="secondary" variant="bodySmall" data-testid="baseline-same-query">
          Both sides are the same query, so every change reads 0: set a baseline selector or a baseline range.
        </Text>
      )}
    </>
  );
}

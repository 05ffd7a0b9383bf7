import React, { useEffect, useState } from 'react';
import { QueryEditorProps, SelectableValue } from '@grafana/data';
import { InlineField, InlineFieldRow, Input, RadioButtonGroup, Select } from '@grafana/ui';
import type { DataSource } from './DataSource';
import type { FlamelensOptions, FlamelensQuery, QueryType } from './types';
import type { ProfileType } from '../src/pyroscope/types';

type Props = QueryEditorProps<DataSource, FlamelensQuery, FlamelensOptions>;

const QUERY_TYPES: Array<SelectableValue<QueryType>> = [
  { label: 'Profile', value: 'profile', description: 'Merged flame graph of the range' },
  { label: 'Metrics', value: 'metrics', description: 'Profile values over time' },
  { label: 'Both', value: 'both', description: 'Flame graph and series together' },
];

export function QueryEditor({ datasource, query, onChange, onRunQuery, range }: Props) {
  const [types, setTypes] = useState<ProfileType[]>([]);
  const [loadError, setLoadError] = useState<string>();
  // Round the range to a minute so every re-render inside the same minute reuses one request.
  const fromMin = Math.floor((range?.from.valueOf() ?? Date.now() - 3600e3) / 60000);
  const toMin = Math.ceil((range?.to.valueOf() ?? Date.now()) / 60000);

  useEffect(() => {
    let live = true;
    datasource
      .getProfileTypes(fromMin * 60000, toMin * 60000)
      .then((t) => live && (setTypes(t), setLoadError(undefined)))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [datasource, fromMin, toMin]);

  const options = types.map((t) => ({ label: `${t.name} - ${t.sampleType}`, value: t.ID, description: t.ID }));
  const update = (patch: Partial<FlamelensQuery>, run = true) => {
    onChange({ ...query, ...patch });
    if (run) {
      onRunQuery();
    }
  };

  return (
    <>
      <InlineFieldRow>
        <InlineField label="Profile type" labelWidth={16} invalid={Boolean(loadError)} error={loadError}>
          <Select
            aria-label="Profile type"
            width={50}
            options={options}
            value={query.profileTypeId}
            allowCustomValue
            placeholder={loadError ? 'Could not load profile types' : 'Select a profile type'}
            onChange={(v) => update({ profileTypeId: v.value ?? '' })}
          />
        </InlineField>
        <InlineField label="Query type" labelWidth={14}>
          <RadioButtonGroup options={QUERY_TYPES} value={query.queryType ?? 'profile'} onChange={(v) => update({ queryType: v })} />
        </InlineField>
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField label="Label selector" labelWidth={16} grow>
          <Input
            aria-label="Label selector"
            placeholder='{service_name="my-service"}'
            value={query.labelSelector ?? '{}'}
            onChange={(e) => update({ labelSelector: e.currentTarget.value }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
        <InlineField label="Max nodes" labelWidth={12}>
          <Input
            aria-label="Max nodes"
            type="number"
            width={12}
            value={query.maxNodes ?? 16384}
            onChange={(e) => update({ maxNodes: Number(e.currentTarget.value) || undefined }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
      </InlineFieldRow>
    </>
  );
}

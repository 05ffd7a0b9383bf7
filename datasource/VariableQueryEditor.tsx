import React from 'react';
import { QueryEditorProps } from '@grafana/data';
import { InlineField, InlineFieldRow, Input, Select } from '@grafana/ui';
import type { DataSource } from './DataSource';
import type { FlamelensOptions } from './types';
import type { FlamelensQuery, VariableQuery } from '../src/contract/query';

type Props = QueryEditorProps<DataSource, FlamelensQuery, FlamelensOptions, VariableQuery>;

const TYPES = [
  { label: 'Profile types', value: 'profileType' as const },
  { label: 'Label names', value: 'label' as const },
  { label: 'Label values', value: 'labelValue' as const },
];

export function VariableQueryEditor({ query, onChange }: Props) {
  const type = query.type ?? 'profileType';
  const scoped = query.type === 'label' || query.type === 'labelValue' ? query : undefined;
  return (
    <>
      <InlineFieldRow>
        <InlineField label="Query type" labelWidth={20}>
          <Select
            aria-label="Variable query type"
            width={30}
            options={TYPES}
            value={type}
            onChange={(v) =>
              onChange(
                v.value === 'labelValue'
                  ? { refId: query.refId, type: 'labelValue', labelName: '' }
                  : { refId: query.refId, type: v.value ?? 'profileType' }
              )
            }
          />
        </InlineField>
      </InlineFieldRow>
      {scoped && (
        <InlineFieldRow>
          <InlineField label="Profile type" labelWidth={20} tooltip="Optional: only labels of this profile type">
            <Input
              aria-label="Variable profile type"
              width={50}
              value={scoped.profileTypeId ?? ''}
              onChange={(e) => onChange({ ...scoped, profileTypeId: e.currentTarget.value })}
            />
          </InlineField>
          <InlineField
            label="Selector"
            labelWidth={12}
            tooltip="Optional: only series matching this selector; may use other variables"
          >
            <Input
              aria-label="Variable selector"
              width={40}
              placeholder="{}"
              value={scoped.labelSelector ?? ''}
              onChange={(e) => onChange({ ...scoped, labelSelector: e.currentTarget.value })}
            />
          </InlineField>
        </InlineFieldRow>
      )}
      {query.type === 'labelValue' && (
        <InlineFieldRow>
          <InlineField label="Label" labelWidth={20}>
            <Input
              aria-label="Variable label name"
              width={30}
              value={query.labelName}
              onChange={(e) => onChange({ ...query, labelName: e.currentTarget.value })}
            />
          </InlineField>
        </InlineFieldRow>
      )}
    </>
  );
}

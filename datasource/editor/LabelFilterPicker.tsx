import React from 'react';
import { InlineField, InlineFieldRow, Select } from '@grafana/ui';

interface Props {
  labelNames: string[];
  label: string | undefined;
  onLabel: (label: string | undefined) => void;
  values: string[];
  onValue: (value: string) => void;
}

/** Picks a label, then one of its values, to add as a matcher to the selector. */
export function LabelFilterPicker({ labelNames, label, onLabel, values, onValue }: Props) {
  return (
    <InlineFieldRow>
      <InlineField
        label="Add filter"
        labelWidth={16}
        tooltip="Label names and values that exist for this profile type, selector and time range"
      >
        <Select
          aria-label="Filter label"
          width={24}
          options={labelNames.map((n) => ({ label: n, value: n }))}
          value={label ?? null}
          placeholder="label"
          onChange={(v) => onLabel(v?.value)}
          isClearable
        />
      </InlineField>
      <InlineField label="=" labelWidth={4}>
        <Select
          aria-label="Filter value"
          width={30}
          options={values.map((v) => ({ label: v, value: v }))}
          value={null}
          placeholder={label ? 'value' : 'pick a label first'}
          disabled={!label}
          onChange={(v) => v?.value !== undefined && onValue(v.value)}
        />
      </InlineField>
    </InlineFieldRow>
  );
}

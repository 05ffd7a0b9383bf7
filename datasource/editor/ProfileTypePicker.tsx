import React, { useMemo } from 'react';
import { Cascader, CascaderOption, InlineField } from '@grafana/ui';
import type { ProfileType } from '../../src/pyroscope/types';

interface Props {
  types: ProfileType[];
  value: string | undefined;
  loadError?: string;
  onChange: (profileTypeId: string) => void;
}

/** Two levels, as Grafana's Pyroscope editor: the profile name, then its sample types. */
export function ProfileTypePicker({ types, value, loadError, onChange }: Props) {
  const options: CascaderOption[] = useMemo(() => {
    const byName = new Map<string, CascaderOption[]>();
    for (const t of types) {
      const items = byName.get(t.name) ?? [];
      items.push({ label: t.sampleType, value: t.ID, title: t.ID });
      byName.set(t.name, items);
    }
    return [...byName.entries()].map(([name, items]) => ({ label: name, value: name, items }));
  }, [types]);
  return (
    <InlineField label="Profile type" labelWidth={16} invalid={Boolean(loadError)} error={loadError}>
      <Cascader
        key={`${types.length}-${value}`}
        data-testid="profile-type"
        width={50}
        options={options}
        initialValue={value || undefined}
        allowCustomValue
        displayAllSelectedLevels
        // Only a sample type (the second level) is a profile type: a name opens its types.
        changeOnSelect={false}
        separator=" - "
        placeholder={loadError ? 'Could not load profile types' : 'Select a profile type'}
        onSelect={onChange}
      />
    </InlineField>
  );
}

import React, { useState } from 'react';
import { Select } from '@grafana/ui';

interface Props {
  /** The label grouped by ('' for none). */
  value: string;
  onChange: (label: string) => void;
  /** Label names, once loaded. */
  labels?: string[];
  /** Asks for the label names (when the menu opens); undefined when the datasource cannot group. */
  onLoad?: () => void;
}

/** The toolbar's "Group by" picker: the graph's first level becomes one node per value of a label. */
export function GroupByPicker({ value, onChange, labels, onLoad }: Props) {
  // Asked for when the menu first opens: a spinner before that would say something is loading.
  const [asked, setAsked] = useState(false);
  if (!onLoad && value === '') {
    return null;
  }
  const names = labels ?? [];
  const options = [...(value && !names.includes(value) ? [value] : []), ...names].map((l) => ({ label: l, value: l }));
  return (
    <div data-testid="flamelens-group-by">
      <Select
        width={22}
        isClearable
        aria-label="Group by label"
        placeholder="Group by label"
        value={value || null}
        options={options}
        isLoading={asked && onLoad !== undefined && labels === undefined}
        onOpenMenu={() => {
          setAsked(true);
          onLoad?.();
        }}
        onChange={(v) => onChange(v?.value ?? '')}
        prefix={value ? 'by' : undefined}
      />
    </div>
  );
}

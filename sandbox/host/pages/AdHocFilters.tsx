/**
 * A dashboard's ad hoc filters variable, as Grafana shows and applies it: key/value pairs picked
 * from the datasource's own tag keys and values (getTagKeys / getTagValues), kept in the URL as
 * `var-<name>=key|op|value`, and passed with every query of that datasource as `request.filters`.
 */
import React, { useEffect, useState } from 'react';
import type { AdHocVariableFilter, MetricFindValue } from '@grafana/data';
import { dataSourceInstance } from '../services/dataSourceSrv';
import { Button, InlineField, Select } from '@grafana/ui';

/** Grafana's URL form of one filter: key|op|value (| and \ in parts escaped with \). */
export function parseAdHocUrlValue(text: string): AdHocVariableFilter | undefined {
  const parts: string[] = [''];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      parts[parts.length - 1] += text[++i];
    } else if (text[i] === '|') {
      parts.push('');
    } else {
      parts[parts.length - 1] += text[i];
    }
  }
  return parts.length === 3 ? { key: parts[0], operator: parts[1], value: parts[2] } : undefined;
}

export function adHocUrlValue(f: AdHocVariableFilter): string {
  const esc = (s: string) => s.replace(/[\\|]/g, '\\$&');
  return [f.key, f.operator, f.value].map(esc).join('|');
}

interface Props {
  name: string;
  label?: string;
  datasourceUid: string;
  filters: AdHocVariableFilter[];
  onChange: (filters: AdHocVariableFilter[]) => void;
}

const options = (values: MetricFindValue[]) =>
  values.map((v) => ({ label: String(v.text), value: String(v.value ?? v.text) }));

export function AdHocFilters({ name, label, datasourceUid, filters, onChange }: Props) {
  const [keys, setKeys] = useState<MetricFindValue[]>([]);
  const [key, setKey] = useState<string>();
  const [values, setValues] = useState<MetricFindValue[]>([]);
  useEffect(() => {
    void dataSourceInstance(datasourceUid).then((ds) =>
      ds.getTagKeys?.({ filters }).then((k) => setKeys(k as MetricFindValue[]))
    );
  }, [datasourceUid, filters]);
  useEffect(() => {
    if (key) {
      void dataSourceInstance(datasourceUid).then((ds) =>
        ds.getTagValues?.({ key, filters }).then((v) => setValues(v as MetricFindValue[]))
      );
    }
  }, [datasourceUid, key, filters]);
  return (
    <InlineField label={label ?? name} data-testid={`variable-${name}`}>
      <div style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
        {filters.map((f, i) => (
          <Button
            key={`${f.key}${f.operator}${f.value}`}
            size="sm"
            variant="secondary"
            icon="times"
            aria-label={`Remove filter ${f.key} ${f.operator} ${f.value}`}
            onClick={() => onChange(filters.filter((_, j) => j !== i))}
          >
            {`${f.key} ${f.operator} ${f.value}`}
          </Button>
        ))}
        <Select
          aria-label={`Filter key ${name}`}
          width={24}
          options={options(keys)}
          value={key ?? null}
          placeholder="Add filter"
          onChange={(v) => setKey(v?.value)}
        />
        {key && (
          <Select
            aria-label={`Filter value ${name}`}
            width={24}
            options={options(values)}
            value={null}
            placeholder="value"
            onChange={(v) => {
              if (v?.value !== undefined) {
                onChange([...filters, { key, operator: '=', value: String(v.value) }]);
                setKey(undefined);
              }
            }}
          />
        )}
      </div>
    </InlineField>
  );
}

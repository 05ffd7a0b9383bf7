/**
 * Metrics options of Pyroscope 2: exemplars (each point's largest profile) and a heatmap of every
 * profile's or span's total instead of the summed line. Names as Grafana's built-in datasource
 * stores them (includeExemplars, includeHeatmap, heatmapType), so a dashboard keeps them across a
 * datasource switch.
 */
import React from 'react';
import { InlineField, InlineFieldRow, InlineSwitch, RadioButtonGroup } from '@grafana/ui';
import type { HeatmapType } from '../../src/contract/query';
import type { FieldProps } from './QueryTypeFields';

const HEATMAP_TYPES: Array<{ label: string; value: HeatmapType; description: string }> = [
  { label: 'Profiles', value: 'individual', description: 'Each profile’s total' },
  { label: 'Spans', value: 'span', description: 'Each span’s total (samples labelled span_id)' },
];

/** `heatmaps`: whether the server has them (Pyroscope 2 storage); without, the switch says so. */
export function ExemplarFields({ query, update, heatmaps }: FieldProps & { heatmaps: boolean }) {
  return (
    <InlineFieldRow>
      <InlineField label="Exemplars" labelWidth={16} tooltip="Mark each point's largest profile: click one to open it">
        <InlineSwitch
          aria-label="Exemplars"
          value={query.includeExemplars === true}
          onChange={(e) => update({ includeExemplars: e.currentTarget.checked || undefined })}
        />
      </InlineField>
      <InlineField
        label="Heatmap"
        labelWidth={10}
        disabled={!heatmaps && !query.includeHeatmap}
        tooltip={
          heatmaps
            ? 'How many profiles (or spans) had each total, over time, instead of the summed line'
            : 'Heatmaps need Pyroscope 2 storage, which this server does not report'
        }
      >
        <InlineSwitch
          aria-label="Heatmap"
          value={query.includeHeatmap === true}
          onChange={(e) => update({ includeHeatmap: e.currentTarget.checked || undefined })}
        />
      </InlineField>
      {query.includeHeatmap && (
        <InlineField label="Heatmap of" labelWidth={12}>
          <RadioButtonGroup
            options={HEATMAP_TYPES}
            value={query.heatmapType ?? 'individual'}
            onChange={(v) => update({ heatmapType: v })}
          />
        </InlineField>
      )}
    </InlineFieldRow>
  );
}

/** What part of the profile a query takes: its node budget, span, profile or trace IDs, a focused call site. */
import React from 'react';
import { Button, InlineField, InlineFieldRow, Input } from '@grafana/ui';
import type { FieldProps } from './QueryTypeFields';

const splitIds = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A profile's ID as Pyroscope gives it (a UUID), or a variable that will become one. */
const PROFILE_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\$\{?\w+.*)$/i;

/** `traceIds`: whether the server can select by trace ID (Pyroscope 2 storage). */
export function SelectionFields({ query, update, onRunQuery, traceIds }: FieldProps & { traceIds: boolean }) {
  return (
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
      <InlineField
        label="Profile IDs"
        labelWidth={14}
        tooltip="Only these profiles (an exemplar's ID, a UUID each)"
        invalid={(query.profileIdSelector ?? []).some((id) => !PROFILE_ID.test(id))}
        error="Profile IDs are UUIDs (e.g. 7c9e6679-7425-40de-944b-e07fc1f90ae7) or variables: this one matches no profile"
      >
        <Input
          aria-label="Profile IDs"
          width={30}
          value={(query.profileIdSelector ?? []).join(', ')}
          onChange={(e) => update({ profileIdSelector: splitIds(e.currentTarget.value) }, false)}
          onBlur={() => onRunQuery()}
        />
      </InlineField>
      {traceIds && (
        <InlineField label="Trace IDs" labelWidth={12} tooltip="Only samples of these traces (32 hex digits each)">
          <Input
            aria-label="Trace IDs"
            width={30}
            value={(query.traceIdSelector ?? []).join(', ')}
            onChange={(e) => update({ traceIdSelector: splitIds(e.currentTarget.value) }, false)}
            onBlur={() => onRunQuery()}
          />
        </InlineField>
      )}
      {query.stackTraceSelector?.length ? (
        <InlineField label="Focused on" labelWidth={12}>
          <Button variant="secondary" size="sm" icon="times" onClick={() => update({ stackTraceSelector: undefined })}>
            {query.stackTraceSelector[query.stackTraceSelector.length - 1]}
          </Button>
        </InlineField>
      ) : null}
    </InlineFieldRow>
  );
}

/** Where "Open trace" goes: a tracing datasource (Tempo, Jaeger, Zipkin…) an admin picks once. */
import React from 'react';
import { Button, Field, FieldSet, Stack } from '@grafana/ui';
import { DataSourcePicker } from '@grafana/runtime';

interface Props {
  uid?: string;
  onChange: (uid: string | undefined) => void;
}

export function TracesDatasourceField({ uid, onChange }: Props) {
  return (
    <FieldSet label="Traces">
      <Field
        label="Traces datasource"
        description="Exemplars, span heatmaps and their tables open a span's trace here. Without one, there is no Open trace."
      >
        <Stack direction="row" gap={1} alignItems="center">
          <div data-testid="flamelens-traces-ds" style={{ width: 320 }}>
            <DataSourcePicker tracing current={uid ?? null} noDefault onChange={(ds) => onChange(ds.uid)} />
          </div>
          {uid && (
            <Button variant="secondary" size="sm" icon="times" onClick={() => onChange(undefined)}>
              Clear
            </Button>
          )}
        </Stack>
      </Field>
    </FieldSet>
  );
}

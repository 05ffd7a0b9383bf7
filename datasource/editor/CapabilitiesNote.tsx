/**
 * One line under the editor when the server lacks something a field or a feature needs, so a
 * missing field is explained rather than silently absent.
 */
import React from 'react';
import { useStyles2 } from '@grafana/ui';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { hasCapability, type ServerCapabilities } from '../../src/contract/capabilities';

export function capabilityNotes(c: ServerCapabilities | undefined): string[] {
  if (!c) {
    return [];
  }
  const notes: string[] = [];
  if (!hasCapability(c, 'v2StorageLayer')) {
    notes.push(
      c.reported
        ? 'Trace ID selection needs Pyroscope 2 storage, which this server does not have.'
        : 'Trace ID selection needs Pyroscope 2 storage: this server does not report its capabilities (an older Pyroscope).'
    );
  }
  if (c.reported && !hasCapability(c, 'utf8LabelNames')) {
    notes.push('This server sanitises label names: OpenTelemetry names such as service.name appear as service_name.');
  }
  return notes;
}

export function CapabilitiesNote({ capabilities }: { capabilities?: ServerCapabilities }) {
  const styles = useStyles2(getStyles);
  const notes = capabilityNotes(capabilities);
  return notes.length === 0 ? null : (
    <div className={styles.note} data-testid="server-capabilities">
      {notes.join(' ')}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  note: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize, marginTop: 4 }),
});

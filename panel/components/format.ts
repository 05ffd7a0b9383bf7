import { getValueFormat, formattedValueToString } from '@grafana/data';

/** Formats a value with Grafana's formatter for the frame's unit (ns, bytes, short, …). */
export function formatValue(value: number, unit?: string): string {
  return formattedValueToString(getValueFormat(unit || 'short')(value));
}

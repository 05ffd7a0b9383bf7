/**
 * Custom headers the proxy adds, in Grafana's convention: names in jsonData.httpHeaderName1..N,
 * values (secrets) in secureJsonData.httpHeaderValue1..N. Rows can be added and removed; removing
 * one moves the later rows up, and a moved value the browser never saw (a stored secret) has to be
 * typed again — the editor says which.
 */
import React from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Button, FieldSet, IconButton, Input, SecretInput } from '@grafana/ui';
import type { FlamelensOptions, FlamelensSecureOptions } from '../types';

type Props = DataSourcePluginOptionsEditorProps<FlamelensOptions, FlamelensSecureOptions>;
type Options = Props['options'];

const nameKey = (i: number) => `httpHeaderName${i + 1}` as const;
const valueKey = (i: number) => `httpHeaderValue${i + 1}`;

export function headerNames(options: Options): string[] {
  const json = (options.jsonData ?? {}) as Record<string, unknown>;
  const names: string[] = [];
  for (let i = 0; json[nameKey(i)] !== undefined; i++) {
    names.push(String(json[nameKey(i)]));
  }
  return names;
}

/** The settings without header row `index`: later rows move up, the last slot is emptied. */
export function withoutHeader(options: Options, index: number): Options {
  const names = headerNames(options);
  const jsonData = { ...options.jsonData } as Record<string, unknown>;
  const data = { ...(options.secureJsonData as Record<string, string> | undefined) };
  const fields = { ...options.secureJsonFields };
  for (let i = index; i < names.length - 1; i++) {
    jsonData[nameKey(i)] = names[i + 1];
    const typed = data[valueKey(i + 1)];
    // A value typed in this session moves with its name; a stored one cannot be read here, so its
    // slot is reset and the row asks for it again.
    data[valueKey(i)] = typed ?? '';
    fields[valueKey(i)] = false;
  }
  delete jsonData[nameKey(names.length - 1)];
  data[valueKey(names.length - 1)] = '';
  fields[valueKey(names.length - 1)] = false;
  return {
    ...options,
    jsonData: jsonData as FlamelensOptions,
    secureJsonData: data,
    secureJsonFields: fields,
  };
}

export function CustomHeaders({ options, onOptionsChange }: Props) {
  const names = headerNames(options);
  const secure = options.secureJsonFields ?? {};
  const typed = (options.secureJsonData as Record<string, string> | undefined) ?? {};
  const setValue = (i: number, patch: Partial<Options>) => onOptionsChange({ ...options, ...patch });
  return (
    <FieldSet label="Custom headers" data-testid="custom-headers">
      {names.map((name, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8, alignItems: 'center' }}>
          <Input
            aria-label={`Header ${i + 1} name`}
            width={30}
            placeholder="X-Header"
            value={name}
            onChange={(e) =>
              setValue(i, { jsonData: { ...options.jsonData, [nameKey(i)]: e.currentTarget.value.trim() } })
            }
          />
          <SecretInput
            aria-label={`Header ${i + 1} value`}
            width={40}
            isConfigured={Boolean(secure[valueKey(i)])}
            value={typed[valueKey(i)] ?? ''}
            onChange={(e) =>
              setValue(i, { secureJsonData: { ...options.secureJsonData, [valueKey(i)]: e.currentTarget.value } })
            }
            onReset={() =>
              setValue(i, {
                secureJsonFields: { ...options.secureJsonFields, [valueKey(i)]: false },
                secureJsonData: { ...options.secureJsonData, [valueKey(i)]: '' },
              })
            }
          />
          <IconButton
            name="trash-alt"
            aria-label={`Remove header ${i + 1}`}
            tooltip={`Remove header ${i + 1}`}
            onClick={() => onOptionsChange(withoutHeader(options, i))}
          />
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        icon="plus"
        onClick={() => onOptionsChange({ ...options, jsonData: { ...options.jsonData, [nameKey(names.length)]: '' } })}
      >
        Add header
      </Button>
    </FieldSet>
  );
}

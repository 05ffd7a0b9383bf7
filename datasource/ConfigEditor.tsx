import React, { ChangeEvent } from 'react';
import { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Field, FieldSet, Input, RadioButtonGroup, SecretInput } from '@grafana/ui';
import type { AuthMode, FlamelensOptions, FlamelensSecureOptions } from './types';
import { parseDuration } from './duration';
import { withAuthMode } from './authMode';
import { CustomHeaders } from './editor/CustomHeaders';
import { TracesDatasourceField } from './editor/TracesDatasourceField';
import { SourceCodeFields } from './editor/SourceCodeFields';

type Props = DataSourcePluginOptionsEditorProps<FlamelensOptions, FlamelensSecureOptions>;

const AUTH_OPTIONS: Array<{ label: string; value: AuthMode; description: string }> = [
  { label: 'No authentication', value: 'none', description: 'Pyroscope is reachable without credentials' },
  { label: 'Basic auth', value: 'basic', description: 'User and password, sent by Grafana' },
  { label: 'Bearer token', value: 'bearer', description: 'A token sent as Authorization: Bearer' },
];

/**
 * Connection settings. Secrets go to secureJsonData, which Grafana encrypts and only its data
 * source proxy reads; the browser sees just whether each one is set (secureJsonFields).
 */
export function ConfigEditor({ options, onOptionsChange }: Props) {
  const jsonData = options.jsonData ?? {};
  const secure = options.secureJsonFields ?? {};
  const authMode = jsonData.authMode ?? 'none';
  const minStep = jsonData.minStep ?? '';
  const minStepInvalid = minStep !== '' && parseDuration(minStep) === undefined;
  const timeoutInvalid =
    jsonData.timeout !== undefined && !(Number.isInteger(jsonData.timeout) && jsonData.timeout > 0);
  const setJson = (patch: Partial<FlamelensOptions>) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, ...patch } });

  const setUrl = (e: ChangeEvent<HTMLInputElement>) => {
    const url = e.currentTarget.value.trim();
    // The proxy routes read jsonData.url; Grafana's own URL field drives its allow-lists and UI.
    onOptionsChange({ ...options, url, jsonData: { ...jsonData, url } });
  };

  const setAuthMode = (mode: AuthMode) => onOptionsChange(withAuthMode(options, mode));

  const setSecret = (key: keyof FlamelensSecureOptions, value: string) =>
    onOptionsChange({ ...options, secureJsonData: { ...options.secureJsonData, [key]: value } });

  const resetSecret = (key: keyof FlamelensSecureOptions) =>
    onOptionsChange({
      ...options,
      secureJsonFields: { ...options.secureJsonFields, [key]: false },
      secureJsonData: { ...options.secureJsonData, [key]: '' },
    });

  return (
    <>
      <FieldSet label="Connection">
        <Field label="URL" description="Pyroscope's HTTP address as Grafana's server reaches it" required>
          <Input
            id="flamelens-url"
            aria-label="URL"
            width={60}
            placeholder="http://localhost:4040"
            value={options.url ?? ''}
            onChange={setUrl}
          />
        </Field>
        <Field
          label="Tenant ID"
          description="Sent as X-Scope-OrgID for multi-tenant Pyroscope. Use one datasource per tenant."
        >
          <Input
            id="flamelens-tenant"
            aria-label="Tenant ID"
            width={40}
            value={jsonData.tenantId ?? ''}
            onChange={(e) => setJson({ tenantId: e.currentTarget.value.trim() })}
          />
        </Field>
      </FieldSet>
      <FieldSet label="Authentication">
        <RadioButtonGroup options={AUTH_OPTIONS} value={authMode} onChange={setAuthMode} />
        {authMode === 'basic' && (
          <>
            <Field label="User">
              <Input
                id="flamelens-basic-user"
                aria-label="User"
                width={40}
                value={options.basicAuthUser ?? ''}
                onChange={(e) => onOptionsChange({ ...options, basicAuthUser: e.currentTarget.value })}
              />
            </Field>
            <Field label="Password">
              <SecretInput
                id="flamelens-basic-password"
                aria-label="Password"
                width={40}
                isConfigured={Boolean(secure.basicAuthPassword)}
                value={options.secureJsonData?.basicAuthPassword ?? ''}
                onChange={(e) => setSecret('basicAuthPassword', e.currentTarget.value)}
                onReset={() => resetSecret('basicAuthPassword')}
              />
            </Field>
          </>
        )}
        {authMode === 'bearer' && (
          <Field label="Token">
            <SecretInput
              id="flamelens-bearer-token"
              aria-label="Bearer token"
              width={60}
              isConfigured={Boolean(secure.bearerToken)}
              value={options.secureJsonData?.bearerToken ?? ''}
              onChange={(e) => setSecret('bearerToken', e.currentTarget.value)}
              onReset={() => resetSecret('bearerToken')}
            />
          </Field>
        )}
      </FieldSet>
      <CustomHeaders options={options} onOptionsChange={onOptionsChange} />
      <FieldSet label="Queries">
        <Field
          label="Timeout"
          description="Seconds before Grafana's proxy gives up on Pyroscope (default 30)"
          invalid={timeoutInvalid}
          error={timeoutInvalid ? 'Use a whole number of seconds, e.g. 30' : undefined}
        >
          <Input
            id="flamelens-timeout"
            aria-label="Timeout"
            width={20}
            placeholder="30"
            value={jsonData.timeout ?? ''}
            onChange={(e) =>
              setJson({ timeout: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })
            }
          />
        </Field>
        <Field
          label="Minimal step"
          description="Smallest step of profile metric series, e.g. 15s"
          invalid={minStepInvalid}
          error={minStepInvalid ? 'Use a number with a unit: ms, s, m, h, d, w, M or y (e.g. 15s)' : undefined}
        >
          <Input
            id="flamelens-min-step"
            aria-label="Minimal step"
            width={20}
            placeholder="15s"
            value={minStep}
            onChange={(e) => setJson({ minStep: e.currentTarget.value.trim() })}
          />
        </Field>
      </FieldSet>
      <TracesDatasourceField
        uid={jsonData.tracesDatasourceUid}
        onChange={(uid) => setJson({ tracesDatasourceUid: uid })}
      />
      <SourceCodeFields keepCookies={jsonData.keepCookies} signInUrl={jsonData.sourceSignInUrl} onChange={setJson} />
    </>
  );
}

import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DataSourceInstanceSettings, DataSourceSettings } from '@grafana/data';
import { setDataSourceSrv } from '@grafana/runtime';
import { ConfigEditor } from './ConfigEditor';
import { withAuthMode } from './authMode';
import type { FlamelensOptions, FlamelensSecureOptions } from './types';

type Options = DataSourceSettings<FlamelensOptions, FlamelensSecureOptions>;

const saved = {
  url: 'http://pyroscope:4040',
  jsonData: { url: 'http://pyroscope:4040', authMode: 'bearer' },
  secureJsonFields: { bearerToken: true, basicAuthPassword: true, httpHeaderValue1: true },
  secureJsonData: {},
  basicAuth: false,
} as unknown as Options;

// The datasources Grafana has: a tracing one (Tempo) and one that is not.
const instances = [
  { uid: 'tempo-1', name: 'Tempo', type: 'tempo', meta: { id: 'tempo', tracing: true, info: { logos: {} } } },
  {
    uid: 'prom-1',
    name: 'Prometheus',
    type: 'prometheus',
    meta: { id: 'prometheus', metrics: true, info: { logos: {} } },
  },
] as unknown as DataSourceInstanceSettings[];
setDataSourceSrv({
  getList: (filters: { tracing?: boolean } = {}) =>
    instances.filter((d) => !filters.tracing || (d.meta as { tracing?: boolean }).tracing),
  getInstanceSettings: (ref: string | { uid: string } | null) =>
    instances.find((d) => d.uid === (typeof ref === 'string' ? ref : ref?.uid)),
  get: () => Promise.reject(new Error('not in this test')),
  reload: () => Promise.resolve(),
  registerRuntimeDataSource: () => undefined,
});

describe('traces datasource', () => {
  it('shows the picked tracing datasource and clears it back to none', () => {
    const onOptionsChange = jest.fn();
    const withTraces = { ...saved, jsonData: { ...saved.jsonData, tracesDatasourceUid: 'tempo-1' } } as Options;
    render(<ConfigEditor options={withTraces} onOptionsChange={onOptionsChange} />);
    expect(screen.getByTestId('flamelens-traces-ds').textContent).toContain('Tempo');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ jsonData: expect.objectContaining({ tracesDatasourceUid: undefined }) })
    );
  });
});

describe('switching the auth mode', () => {
  it("clears the other modes' secrets when saved, keeping custom header values", () => {
    const none = withAuthMode(saved, 'none');
    expect(none.jsonData.authMode).toBe('none');
    expect(none.secureJsonData).toEqual({ bearerToken: '', basicAuthPassword: '' });
    expect(none.secureJsonFields).toEqual({ bearerToken: false, basicAuthPassword: false, httpHeaderValue1: true });
    const basic = withAuthMode(saved, 'basic');
    expect(basic.basicAuth).toBe(true);
    expect(basic.secureJsonData).toEqual({ bearerToken: '' });
    expect(withAuthMode(saved, 'bearer').secureJsonData).toEqual({ basicAuthPassword: '' });
  });

  it('does so from the editor', () => {
    const onOptionsChange = jest.fn();
    render(<ConfigEditor options={saved} onOptionsChange={onOptionsChange} />);
    fireEvent.click(screen.getByLabelText('No authentication'));
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ secureJsonData: { bearerToken: '', basicAuthPassword: '' } })
    );
  });
});

describe('custom headers', () => {
  const { withoutHeader, headerNames } =
    jest.requireActual<typeof import('./editor/CustomHeaders')>('./editor/CustomHeaders');
  const three = {
    jsonData: { httpHeaderName1: 'X-A', httpHeaderName2: 'X-B', httpHeaderName3: 'X-C' },
    secureJsonFields: { httpHeaderValue1: true, httpHeaderValue2: true, httpHeaderValue3: true },
    secureJsonData: { httpHeaderValue3: 'typed-now' },
  } as unknown as Options;

  it('removes a row: later rows move up, a stored value they cannot carry is asked for again', () => {
    const out = withoutHeader(three, 0);
    expect(headerNames(out)).toEqual(['X-B', 'X-C']);
    expect(out.secureJsonData).toEqual({ httpHeaderValue1: '', httpHeaderValue2: 'typed-now', httpHeaderValue3: '' });
    expect(out.secureJsonFields).toEqual({ httpHeaderValue1: false, httpHeaderValue2: false, httpHeaderValue3: false });
  });

  it('removes the last row by clearing its slot', () => {
    const out = withoutHeader(three, 2);
    expect(headerNames(out)).toEqual(['X-A', 'X-B']);
    expect(out.secureJsonFields).toEqual({ httpHeaderValue1: true, httpHeaderValue2: true, httpHeaderValue3: false });
  });

  it('has a remove button per row in the editor', () => {
    const onOptionsChange = jest.fn();
    render(<ConfigEditor options={three} onOptionsChange={onOptionsChange} />);
    fireEvent.click(screen.getByLabelText('Remove header 2'));
    expect(headerNames(onOptionsChange.mock.calls[0][0] as Options)).toEqual(['X-A', 'X-C']);
  });
});

describe('source code settings', () => {
  it('allows the GitHub session cookie next to the cookies already allowed, and takes it out again', () => {
    const onOptionsChange = jest.fn();
    const withCookies = { ...saved, jsonData: { ...saved.jsonData, keepCookies: ['tenant'] } } as Options;
    const { rerender } = render(<ConfigEditor options={withCookies} onOptionsChange={onOptionsChange} />);
    const toggle = screen.getByLabelText<HTMLInputElement>('Forward the GitHub session cookie');
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    const allowed = onOptionsChange.mock.calls.at(-1)[0] as Options;
    expect(allowed.jsonData.keepCookies).toEqual(['tenant', 'pyroscope_git_session']);
    rerender(<ConfigEditor options={allowed} onOptionsChange={onOptionsChange} />);
    expect(screen.getByLabelText<HTMLInputElement>('Forward the GitHub session cookie').checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Forward the GitHub session cookie'));
    expect((onOptionsChange.mock.calls.at(-1)[0] as Options).jsonData.keepCookies).toEqual(['tenant']);
  });
});

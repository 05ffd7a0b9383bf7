import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DataSourceSettings } from '@grafana/data';
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

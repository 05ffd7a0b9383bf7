/** Switching a datasource's auth mode, and the secrets each mode keeps. */
import type { DataSourceSettings } from '@grafana/data';
import type { AuthMode, FlamelensOptions, FlamelensSecureOptions } from './types';

type Options = DataSourceSettings<FlamelensOptions, FlamelensSecureOptions>;

/** The secret each auth mode uses; switching mode clears the others'. */
const MODE_SECRETS: Record<AuthMode, Array<keyof FlamelensSecureOptions>> = {
  none: [],
  basic: ['basicAuthPassword'],
  bearer: ['bearerToken'],
};

/**
 * Settings with another auth mode. The other modes' stored secrets are cleared (an empty value, as
 * Grafana's config editors reset a secret), so a token set for "Bearer" is not kept — nor sent by
 * its proxy route, nor to a new URL — once the datasource is saved with "No authentication".
 */
export function withAuthMode(options: Options, mode: AuthMode): Options {
  const others = (Object.keys(MODE_SECRETS) as AuthMode[]).filter((m) => m !== mode).flatMap((m) => MODE_SECRETS[m]);
  const secureJsonData = { ...options.secureJsonData };
  const secureJsonFields = { ...options.secureJsonFields };
  for (const key of others) {
    secureJsonData[key] = '';
    secureJsonFields[key] = false;
  }
  return {
    ...options,
    basicAuth: mode === 'basic',
    jsonData: { ...options.jsonData, authMode: mode },
    secureJsonData,
    secureJsonFields,
  };
}

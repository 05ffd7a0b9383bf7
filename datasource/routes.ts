import type { AuthMode, FlamelensOptions } from './types';

/**
 * The data source proxy route for these settings (see plugin.json). A route's headers fire on
 * every request through it, so each auth mode, with and without a tenant, has a route of its own:
 * a bearer header can never reach the server when the user chose "none" or "basic", and no empty
 * X-Scope-OrgID is sent when no tenant is set. Basic auth is Grafana's native setting, which the
 * proxy applies to any route.
 */
export type RoutePath = `${AuthMode}` | `${AuthMode}-tenant`;

export function routePath(options: FlamelensOptions): RoutePath {
  const mode: AuthMode = options.authMode ?? 'none';
  return options.tenantId && options.tenantId.trim() !== '' ? `${mode}-tenant` : mode;
}

import * as fs from 'fs';
import * as path from 'path';
import { routePath } from './routes';

const pluginJson = JSON.parse(fs.readFileSync(path.join(__dirname, 'plugin.json'), 'utf8'));
const routes: Array<{ path: string; headers?: Array<{ name: string; content: string }> }> = pluginJson.routes;
const headersOf = (p: string) => (routes.find((r) => r.path === p)?.headers ?? []).map((h) => h.name).sort();

describe('proxy routes', () => {
  it.each([
    [{ authMode: 'none' as const }, 'none', []],
    [{ authMode: 'basic' as const }, 'basic', []],
    [{ authMode: 'bearer' as const }, 'bearer', ['Authorization']],
    [{ authMode: 'none' as const, tenantId: 'team-a' }, 'none-tenant', ['X-Scope-OrgID']],
    [{ authMode: 'basic' as const, tenantId: 'team-a' }, 'basic-tenant', ['X-Scope-OrgID']],
    [{ authMode: 'bearer' as const, tenantId: 'team-a' }, 'bearer-tenant', ['Authorization', 'X-Scope-OrgID']],
  ])('%j uses route %s, which sends only %j', (options, expected, headers) => {
    expect(routePath(options)).toBe(expected);
    expect(headersOf(expected)).toEqual(headers);
  });

  it('treats a blank tenant as no tenant, and a missing auth mode as none', () => {
    expect(routePath({ tenantId: '  ' })).toBe('none');
  });

  it('declares a route for every path routePath can return, each with the proxied URL from jsonData', () => {
    for (const r of routes) {
      expect((r as { url?: string }).url).toBe('{{ .JsonData.url }}');
    }
    expect(routes.map((r) => r.path).sort()).toEqual([
      'basic',
      'basic-tenant',
      'bearer',
      'bearer-tenant',
      'none',
      'none-tenant',
    ]);
  });

  it('takes the bearer token only from secureJsonData', () => {
    for (const r of routes) {
      for (const h of r.headers ?? []) {
        if (h.name === 'Authorization') {
          expect(h.content).toBe('Bearer {{ .SecureJsonData.bearerToken }}');
        }
      }
    }
  });
});

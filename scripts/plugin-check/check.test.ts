import * as fs from 'fs';
import * as path from 'path';
import { zipSync } from 'fflate';
import { checkPluginZip } from './check';
import { applyMutation, DATASOURCE_MUTATIONS, MUTATIONS } from './mutations';

const ROOT = path.resolve(__dirname, '../..');
const VERSION = '1.2.3';

/** A valid plugin zip assembled from a plugin folder of this repo, with a small AMD module. */
function validZip(dir: string): Uint8Array {
  const json = JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'plugin.json'), 'utf8'));
  json.info.version = VERSION;
  json.info.updated = '2026-11-22';
  const id: string = json.id;
  const enc = (s: string) => new TextEncoder().encode(s);
  const files: Record<string, Uint8Array> = {
    [`${id}/plugin.json`]: enc(JSON.stringify(json)),
    [`${id}/module.js`]: enc('define(["react"],(r)=>({plugin:{}}));\n//# sourceMappingURL=module.js.map'),
    [`${id}/module.js.map`]: enc(JSON.stringify({ version: 3, sources: ['webpack://x/./module.ts'], mappings: '' })),
    [`${id}/README.md`]: fs.readFileSync(path.join(ROOT, dir, 'README.md')),
    [`${id}/CHANGELOG.md`]: enc('# changelog'),
    [`${id}/LICENSE`]: enc('license'),
  };
  for (const img of fs.readdirSync(path.join(ROOT, dir, 'img'))) {
    files[`${id}/img/${img}`] = new Uint8Array(fs.readFileSync(path.join(ROOT, dir, 'img', img)));
  }
  return zipSync(files);
}

const opts = { expectedVersion: VERSION, buildPaths: ['/opt/build/flamelens'] };

describe.each([
  ['datasource', [...MUTATIONS, ...DATASOURCE_MUTATIONS]],
  ['panel', MUTATIONS],
  ['app', MUTATIONS],
])('plugin check on the %s plugin', (dir, mutations) => {
  const zip = validZip(dir);

  it('passes a complete plugin', () => {
    expect(checkPluginZip(zip, opts)).toEqual([]);
  });

  it.each(mutations.map((m) => [m.rule, m.what, m] as const))(
    'fails rule %s on a copy with %s, and only that rule',
    (rule, _what, m) => {
      const rules = new Set(checkPluginZip(applyMutation(zip, m), opts).map((p) => p.rule));
      expect([...rules]).toEqual([rule]);
    }
  );
});

describe('plugin check, other inputs', () => {
  it('reports bytes that are not a zip', () => {
    expect(checkPluginZip(new Uint8Array([1, 2, 3]), opts)[0].rule).toBe('zip-unreadable');
  });

  it('finds the build machine path and known secret values', () => {
    const zip = validZip('panel');
    const leaky = applyMutation(zip, {
      rule: 'absolute-path',
      what: 'x',
      apply: (f, d) => ({
        ...f,
        [`${d}/module.js`]: new TextEncoder().encode(
          'define([],()=>"/opt/build/flamelens/x s3cr3t-value");\n//# sourceMappingURL=module.js.map'
        ),
      }),
    });
    const rules = checkPluginZip(leaky, { ...opts, knownSecrets: ['s3cr3t-value'] }).map((p) => p.rule);
    expect(rules).toEqual(['absolute-path', 'secret']);
  });
});

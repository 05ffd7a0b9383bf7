/**
 * An offline plugin check for release zips. Grafana's plugin-validator downloads a binary at run
 * time, which cannot work here, so this covers the checks of it that matter for our plugins, each
 * as a named rule so a failure says exactly what to fix.
 */
import { unzipSync } from 'fflate';

export type RuleId =
  | 'zip-unreadable'
  | 'single-folder'
  | 'plugin-json-missing'
  | 'plugin-json-invalid'
  | 'required-field'
  | 'id-pattern'
  | 'id-folder'
  | 'datasource-fields'
  | 'routes'
  | 'module-missing'
  | 'module-not-amd'
  | 'sourcemap-missing'
  | 'logo-missing'
  | 'screenshot-missing'
  | 'readme-missing'
  | 'readme-grafana-version'
  | 'changelog-missing'
  | 'license-missing'
  | 'version-mismatch'
  | 'updated-date'
  | 'absolute-path'
  | 'secret';

export interface Problem {
  rule: RuleId;
  message: string;
}

export interface CheckOptions {
  /** package.json's version: plugin.json's info.version must equal it. */
  expectedVersion: string;
  /** Absolute paths of the build machine (e.g. the repository root) that must not leak into files. */
  buildPaths?: string[];
  /** Literal secret values known to the environment (e.g. test credentials) that must not appear. */
  knownSecrets?: string[];
}

export const ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/;

const SECRET_PATTERNS: Array<[string, RegExp]> = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an AWS access key id', /\bAKIA[0-9A-Z]{16}\b/],
  ['a Grafana service account token', /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/],
  ['a Grafana Cloud token', /\bglc_[A-Za-z0-9+/]{32,}={0,2}/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['a Slack token', /\bxox[baprs]-[A-Za-z0-9-]{10,}/],
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['a literal bearer token', /Bearer [A-Za-z0-9._~+/-]{24,}/],
];

const ABSOLUTE_PATH =
  /(?:\/home\/|\/Users\/|\/root\/|[A-Za-z]:\\\\?Users\\\\?)[^\s"'`]*?(?:\/|\\\\?)(?:src|node_modules|datasource|panel|dist)(?:\/|\\\\?)/;

const TEXT_FILE = /\.(js|map|json|md|txt|svg|html|css)$|LICENSE$/;

function get(obj: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Checks one plugin zip. Returns every problem found; an empty list means it passes. */
export function checkPluginZip(zip: Uint8Array, opts: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: RuleId, message: string) => problems.push({ rule, message });
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (e) {
    return [{ rule: 'zip-unreadable', message: `not a readable zip: ${(e as Error).message}` }];
  }
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const tops = new Set(names.map((n) => n.split('/')[0]));
  const rootFiles = names.filter((n) => !n.includes('/'));
  if (tops.size !== 1 || rootFiles.length > 0) {
    add(
      'single-folder',
      `the zip must hold exactly one top-level folder <plugin id>/, found: ${[...tops].sort().join(', ')}`
    );
  }
  // Read the plugin from the first folder that has a plugin.json (or the first folder at all).
  const folder = [...tops].find((t) => files[`${t}/plugin.json`]) ?? [...tops][0] ?? '';
  const file = (rel: string) => files[`${folder}/${rel}`];
  const text = (rel: string) => new TextDecoder().decode(file(rel));

  const pj = file('plugin.json');
  if (!pj) {
    add('plugin-json-missing', `${folder}/plugin.json is missing`);
    return problems;
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text('plugin.json')) as Record<string, unknown>;
  } catch (e) {
    add('plugin-json-invalid', `plugin.json is not valid JSON: ${(e as Error).message}`);
    return problems;
  }

  const requiredStrings = [
    'id',
    'type',
    'name',
    'info.description',
    'info.author.name',
    'info.version',
    'info.updated',
    'info.logos.small',
    'info.logos.large',
    'dependencies.grafanaDependency',
  ];
  for (const f of requiredStrings) {
    const v = get(json, f);
    if (typeof v !== 'string' || v.trim() === '') {
      add('required-field', `plugin.json: "${f}" must be a non-empty string`);
    }
  }
  for (const f of ['info.keywords', 'info.links', 'info.screenshots']) {
    const v = get(json, f);
    if (!Array.isArray(v) || (f === 'info.keywords' && v.length === 0)) {
      add('required-field', `plugin.json: "${f}" must be ${f === 'info.keywords' ? 'a non-empty' : 'an'} array`);
    }
  }
  const dep = get(json, 'dependencies.grafanaDependency');
  if (typeof dep === 'string' && !/^[<>=~^ ]*\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?( .*)?$/.test(dep.trim())) {
    add(
      'required-field',
      `plugin.json: dependencies.grafanaDependency "${dep}" is not a semver range such as ">=12.3.0"`
    );
  }
  const type = json.type;
  if (typeof type === 'string' && !['app', 'panel', 'datasource'].includes(type)) {
    add('required-field', `plugin.json: type "${type}" must be app, panel or datasource`);
  }
  const id = typeof json.id === 'string' ? json.id : '';
  if (!ID_PATTERN.test(id) || (typeof type === 'string' && !id.endsWith(`-${type}`))) {
    add(
      'id-pattern',
      `plugin.json: id "${id}" must match <org>-<name>-<type> (${ID_PATTERN}) and end in "-${String(type)}"`
    );
  }
  if (id && id !== folder) {
    add('id-folder', `the zip's folder "${folder}" must be named after the plugin id "${id}"`);
  }
  if (type === 'datasource') {
    if (json.backend !== false && json.backend !== true) {
      add('datasource-fields', 'plugin.json: a datasource must say "backend": true or false');
    }
    if (typeof json.metrics !== 'boolean') {
      add('datasource-fields', 'plugin.json: a datasource must say "metrics": true or false');
    }
    if (json.backend === false && (json.alerting === true || json.executable)) {
      add('datasource-fields', 'plugin.json: alerting and executable need a backend ("backend": true)');
    }
    checkRoutes(json.routes, add);
  }

  const version = get(json, 'info.version');
  if (typeof version === 'string' && version !== opts.expectedVersion) {
    add(
      'version-mismatch',
      `plugin.json: info.version "${version}" differs from package.json's "${opts.expectedVersion}"`
    );
  }
  const updated = get(json, 'info.updated');
  if (typeof updated === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(updated)) {
    add('updated-date', `plugin.json: info.updated "${updated}" must be a date (YYYY-MM-DD)`);
  }

  const mod = file('module.js');
  if (!mod) {
    add('module-missing', `${folder}/module.js is missing`);
  } else {
    const head = text('module.js').replace(/^(\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*/, '');
    if (!/^define\(/.test(head)) {
      add(
        'module-not-amd',
        'module.js is not an AMD module (it must start with define(...)); Grafana loads plugins through SystemJS as AMD'
      );
    }
    const map = file('module.js.map');
    let mapOk = false;
    if (map) {
      try {
        const parsed = JSON.parse(text('module.js.map')) as { version?: number; sources?: unknown[] };
        mapOk = parsed.version === 3 && Array.isArray(parsed.sources) && parsed.sources.length > 0;
      } catch {
        mapOk = false;
      }
    }
    if (!mapOk || !/\/\/# sourceMappingURL=module\.js\.map\s*$/.test(text('module.js'))) {
      add(
        'sourcemap-missing',
        'module.js.map is missing, invalid, or not referenced by module.js (//# sourceMappingURL=module.js.map)'
      );
    }
  }
  for (const key of ['small', 'large']) {
    const logo = get(json, `info.logos.${key}`);
    if (typeof logo === 'string' && logo && !file(logo)) {
      add('logo-missing', `logo ${key} "${logo}" is not in the zip`);
    }
  }
  const shots = get(json, 'info.screenshots');
  if (Array.isArray(shots)) {
    for (const s of shots) {
      const p = s && typeof s === 'object' ? (s as { path?: unknown }).path : undefined;
      if (typeof p !== 'string' || !file(p)) {
        add('screenshot-missing', `screenshot "${String(p)}" is not in the zip`);
      }
    }
  }
  const hasFile = (re: RegExp) => names.some((n) => re.test(n.slice(folder.length + 1)));
  if (!hasFile(/^README\.md$/i)) {
    add('readme-missing', 'README.md is missing (Grafana shows it on the plugin page)');
  }
  const readme = names.find((n) => /^README\.md$/i.test(n.slice(folder.length + 1)));
  if (readme) {
    checkReadmeVersion(new TextDecoder().decode(files[readme]), get(json, 'dependencies.grafanaDependency'), add);
  }
  if (!hasFile(/^CHANGELOG\.md$/i)) {
    add('changelog-missing', 'CHANGELOG.md is missing');
  }
  if (!hasFile(/^LICENSE(\.md|\.txt)?$/i)) {
    add('license-missing', 'LICENSE is missing');
  }

  const buildPaths = (opts.buildPaths ?? []).filter((p) => p.length > 1);
  const knownSecrets = (opts.knownSecrets ?? []).filter((s) => s.length >= 6);
  for (const n of names) {
    if (!TEXT_FILE.test(n)) {
      continue;
    }
    const content = new TextDecoder().decode(files[n]);
    const leaked = buildPaths.find((p) => content.includes(p));
    if (leaked || ABSOLUTE_PATH.test(content)) {
      add(
        'absolute-path',
        `${n} holds an absolute build path (${leaked ?? ABSOLUTE_PATH.exec(content)?.[0]}): builds must not embed this machine's paths`
      );
    }
    for (const [what, re] of SECRET_PATTERNS) {
      if (re.test(content)) {
        add('secret', `${n} appears to hold ${what}: secrets belong in secureJsonData, never in the bundle`);
      }
    }
    if (knownSecrets.some((s) => content.includes(s))) {
      add('secret', `${n} holds a known secret value`);
    }
  }
  return problems;
}

/**
 * The README states the oldest Grafana the plugin supports in the words "Grafana X.Y or newer", and
 * it must be the version grafanaDependency (">=X.Y.Z") claims: users read one, Grafana the other.
 */
export function checkReadmeVersion(
  readme: string,
  dependency: unknown,
  add: (rule: RuleId, message: string) => void
): void {
  const claimed = typeof dependency === 'string' ? /^>=\s*(\d+\.\d+)/.exec(dependency)?.[1] : undefined;
  if (!claimed) {
    return;
  }
  const stated = [...readme.matchAll(/Grafana (\d+\.\d+) or newer/g)].map((m) => m[1]);
  if (stated.length === 0) {
    add(
      'readme-grafana-version',
      `README.md does not say "Grafana ${claimed} or newer" (grafanaDependency ${dependency as string})`
    );
  }
  for (const v of stated.filter((v) => v !== claimed)) {
    add(
      'readme-grafana-version',
      `README.md says "Grafana ${v} or newer" but grafanaDependency is ${dependency as string}`
    );
  }
}

function checkRoutes(routes: unknown, add: (rule: RuleId, message: string) => void): void {
  if (routes === undefined) {
    return;
  }
  if (!Array.isArray(routes)) {
    add('routes', 'plugin.json: routes must be an array');
    return;
  }
  const paths = new Set<string>();
  for (const r of routes as Array<Record<string, unknown>>) {
    const p = r?.path;
    if (typeof p !== 'string' || p === '' || typeof r.url !== 'string' || r.url === '') {
      add('routes', `plugin.json: every route needs a path and a url (route "${String(p)}")`);
      continue;
    }
    if (paths.has(p)) {
      add('routes', `plugin.json: route path "${p}" is declared twice`);
    }
    paths.add(p);
    for (const h of (Array.isArray(r.headers) ? r.headers : []) as Array<{ name?: string; content?: string }>) {
      const literal = (h.content ?? '')
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/^Bearer\s*/, '')
        .trim();
      if (/^authorization$/i.test(h.name ?? '') && !/\{\{\s*\.SecureJsonData\./.test(h.content ?? '')) {
        add('routes', `plugin.json: route "${p}" sends an Authorization header that does not come from secureJsonData`);
      } else if (/^authorization$/i.test(h.name ?? '') && literal !== '') {
        add('routes', `plugin.json: route "${p}" mixes literal text into its Authorization header`);
      }
    }
  }
}

/**
 * Deliberately broken copies of a valid plugin zip, one per rule, so tests prove each rule of the
 * check fails on its own. Each mutation breaks exactly one thing.
 */
import { unzipSync, zipSync } from 'fflate';
import type { RuleId } from './check';

type Files = Record<string, Uint8Array>;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export interface Mutation {
  rule: RuleId;
  what: string;
  apply: (files: Files, folder: string) => Files;
}

function editJson(files: Files, folder: string, edit: (j: Record<string, unknown>) => void): Files {
  const j = JSON.parse(dec(files[`${folder}/plugin.json`])) as Record<string, unknown>;
  edit(j);
  return { ...files, [`${folder}/plugin.json`]: enc(JSON.stringify(j, null, 2)) };
}

function without(files: Files, name: string): Files {
  const copy = { ...files };
  delete copy[name];
  return copy;
}

function editModule(files: Files, folder: string, edit: (s: string) => string): Files {
  return { ...files, [`${folder}/module.js`]: enc(edit(dec(files[`${folder}/module.js`]))) };
}

export const MUTATIONS: Mutation[] = [
  {
    rule: 'single-folder',
    what: 'a second top-level folder',
    apply: (f) => ({ ...f, 'extra/readme.txt': enc('stray') }),
  },
  { rule: 'plugin-json-missing', what: 'no plugin.json', apply: (f, d) => without(f, `${d}/plugin.json`) },
  {
    rule: 'plugin-json-invalid',
    what: 'plugin.json that is not JSON',
    apply: (f, d) => ({ ...f, [`${d}/plugin.json`]: enc('{"id": ') }),
  },
  {
    rule: 'required-field',
    what: 'no info.description',
    apply: (f, d) => editJson(f, d, (j) => delete (j.info as Record<string, unknown>).description),
  },
  {
    rule: 'required-field',
    what: 'no grafanaDependency',
    apply: (f, d) => editJson(f, d, (j) => delete (j.dependencies as Record<string, unknown>).grafanaDependency),
  },
  {
    rule: 'required-field',
    what: 'empty keywords',
    apply: (f, d) => editJson(f, d, (j) => ((j.info as Record<string, unknown>).keywords = [])),
  },
  {
    rule: 'id-pattern',
    what: 'an id with capitals and no type suffix',
    apply: (f, d) => {
      // Rename the folder too, so only the pattern is wrong, not the folder match.
      const bad = 'Flamelens_Bad';
      const out: Files = {};
      for (const [k, v] of Object.entries(f)) {
        out[k.replace(`${d}/`, `${bad}/`)] = v;
      }
      return editJson(out, bad, (j) => (j.id = bad));
    },
  },
  {
    rule: 'id-folder',
    what: 'a folder not named after the id',
    apply: (f, d) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k.replace(`${d}/`, `${d}-renamed/`), v])),
  },
  { rule: 'module-missing', what: 'no module.js', apply: (f, d) => without(f, `${d}/module.js`) },
  {
    rule: 'module-not-amd',
    what: 'an ES module instead of AMD',
    apply: (f, d) => editModule(f, d, (s) => s.replace(/^define\(/, 'export default (')),
  },
  { rule: 'sourcemap-missing', what: 'no module.js.map', apply: (f, d) => without(f, `${d}/module.js.map`) },
  {
    rule: 'logo-missing',
    what: 'a logo path that is not in the zip',
    apply: (f, d) =>
      editJson(
        f,
        d,
        (j) => (((j.info as Record<string, unknown>).logos as Record<string, unknown>).large = 'img/missing-logo.svg')
      ),
  },
  {
    rule: 'screenshot-missing',
    what: 'a screenshot path that is not in the zip',
    apply: (f, d) =>
      editJson(
        f,
        d,
        (j) => ((j.info as Record<string, unknown>).screenshots = [{ name: 'x', path: 'img/missing.png' }])
      ),
  },
  { rule: 'readme-missing', what: 'no README.md', apply: (f, d) => without(f, `${d}/README.md`) },
  {
    rule: 'readme-grafana-version',
    what: 'a README claiming an older Grafana than grafanaDependency',
    apply: (f, d) => ({
      ...f,
      [`${d}/README.md`]: enc(dec(f[`${d}/README.md`]).replace(/Grafana \d+\.\d+ or newer/g, 'Grafana 9.0 or newer')),
    }),
  },
  { rule: 'changelog-missing', what: 'no CHANGELOG.md', apply: (f, d) => without(f, `${d}/CHANGELOG.md`) },
  { rule: 'license-missing', what: 'no LICENSE', apply: (f, d) => without(f, `${d}/LICENSE`) },
  {
    rule: 'version-mismatch',
    what: 'a version other than package.json',
    apply: (f, d) => editJson(f, d, (j) => ((j.info as Record<string, unknown>).version = '9.9.9')),
  },
  {
    rule: 'updated-date',
    what: 'an unreplaced %TODAY% placeholder',
    apply: (f, d) => editJson(f, d, (j) => ((j.info as Record<string, unknown>).updated = '%TODAY%')),
  },
  {
    rule: 'absolute-path',
    what: 'an absolute build path in the bundle',
    apply: (f, d) =>
      editModule(f, d, (s) =>
        s.replace(
          /\n\/\/# sourceMappingURL/,
          '\n;"/home/builder/flamelens/src/tree/callTree.ts";\n//# sourceMappingURL'
        )
      ),
  },
  {
    rule: 'secret',
    what: 'a Grafana service account token in the bundle',
    apply: (f, d) =>
      editModule(f, d, (s) =>
        s.replace(
          /\n\/\/# sourceMappingURL/,
          '\n;"glsa_abcdefghijklmnopqrstuvwxyz012345_0123abcd";\n//# sourceMappingURL'
        )
      ),
  },
];

/** Mutations that only apply to datasource plugins. */
export const DATASOURCE_MUTATIONS: Mutation[] = [
  { rule: 'datasource-fields', what: 'no "backend" field', apply: (f, d) => editJson(f, d, (j) => delete j.backend) },
  {
    rule: 'routes',
    what: 'an Authorization header with a literal token',
    apply: (f, d) =>
      editJson(
        f,
        d,
        (j) =>
          ((j.routes as Array<Record<string, unknown>>)[0].headers = [
            { name: 'Authorization', content: 'Bearer hunter2' },
          ])
      ),
  },
];

/** The folder a plugin zip holds (the first top-level entry). */
export function zipFolder(files: Files): string {
  return Object.keys(files)[0].split('/')[0];
}

export function applyMutation(zip: Uint8Array, m: Mutation): Uint8Array {
  const files = unzipSync(zip);
  return zipSync(m.apply(files, zipFolder(files)));
}

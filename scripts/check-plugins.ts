/**
 * Checks every built plugin zip (dist/<id>-<version>.zip) with the offline plugin check, then proves
 * the check itself still bites: each rule must fail on a deliberately broken copy of the real zip.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkPluginZip, checkReadmeVersion } from './plugin-check/check';
import { applyMutation, DATASOURCE_MUTATIONS, MUTATIONS } from './plugin-check/mutations';
import { packageVersion, pluginSources, ROOT, zipName } from './plugins';

import { gzipSync } from 'zlib';

/**
 * Size budgets, gzipped: module.js (what every dashboard using the plugin loads) and all of its
 * JavaScript (lazy chunks too: the RE2 engine, ~45 KB, loads only when a pattern needs it). The
 * datasource's total went from 100 to 105 KB with exemplars and heatmaps (frames, the SelectSeries
 * reader, the SelectHeatmap messages, their editor fields: +4.8 KB), a deliberate growth; its
 * module.js stays within 60.
 */
const GZIP_BUDGET_KB: Record<string, { module: number; all: number }> = {
  datasource: { module: 60, all: 105 },
  panel: { module: 60, all: 120 },
  app: { module: 20, all: 20 },
};

function gzipKb(dir: string, only?: string): number {
  let total = 0;
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.js') && (only === undefined || f === only)) {
      total += gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
    }
  }
  return total / 1024;
}

const version = packageVersion();

const opts = { expectedVersion: version, buildPaths: [ROOT] };
let failed = false;

// The repository's README states the same oldest Grafana as every plugin.json.
for (const { id, dir } of pluginSources()) {
  const dependency = (
    JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'plugin.json'), 'utf8')) as {
      dependencies: { grafanaDependency: string };
    }
  ).dependencies.grafanaDependency;
  checkReadmeVersion(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'), dependency, (_, message) => {
    console.error(`FAIL ${id}: the repository's ${message}`);
    failed = true;
  });
}

for (const { id, type } of pluginSources()) {
  const zipPath = path.join(ROOT, 'dist', zipName(id, version));
  if (!fs.existsSync(zipPath)) {
    console.error(`FAIL ${id}: ${path.relative(ROOT, zipPath)} is missing (run npm run build)`);
    failed = true;
    continue;
  }
  const zip = new Uint8Array(fs.readFileSync(zipPath));
  const problems = checkPluginZip(zip, opts);
  if (problems.length > 0) {
    failed = true;
    console.error(`FAIL ${id}:`);
    for (const p of problems) {
      console.error(`  [${p.rule}] ${p.message}`);
    }
  } else {
    console.log(`ok   ${id}: ${path.basename(zipPath)} passes the plugin check`);
  }
  const budget = GZIP_BUDGET_KB[type];
  const sizes = { module: gzipKb(path.join(ROOT, 'dist', id), 'module.js'), all: gzipKb(path.join(ROOT, 'dist', id)) };
  for (const part of ['module', 'all'] as const) {
    const what = part === 'module' ? 'module.js' : 'all of its JavaScript';
    if (budget && sizes[part] > budget[part]) {
      failed = true;
      console.error(`FAIL ${id}: ${what} is ${sizes[part].toFixed(1)} KB gzipped, over its ${budget[part]} KB budget`);
    } else {
      console.log(`ok   ${id}: ${what} is ${sizes[part].toFixed(1)} KB gzipped (budget ${budget?.[part]} KB)`);
    }
  }
  const mutations = type === 'datasource' ? [...MUTATIONS, ...DATASOURCE_MUTATIONS] : MUTATIONS;
  let bit = 0;
  for (const m of mutations) {
    const found = checkPluginZip(applyMutation(zip, m), opts);
    if (!found.some((p) => p.rule === m.rule)) {
      failed = true;
      console.error(`FAIL ${id}: rule ${m.rule} did not fire on a copy with ${m.what}`);
    } else {
      bit++;
    }
  }
  console.log(`ok   ${id}: ${bit}/${mutations.length} broken copies rejected by their rule`);
}
process.exit(failed ? 1 : 0);

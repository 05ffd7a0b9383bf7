/**
 * Checks every built plugin zip (dist/<id>-<version>.zip) with the offline plugin check, then proves
 * the check itself still bites: each rule must fail on a deliberately broken copy of the real zip.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkPluginZip } from './plugin-check/check';
import { applyMutation, DATASOURCE_MUTATIONS, MUTATIONS } from './plugin-check/mutations';
import { packageVersion, pluginSources, ROOT, zipName } from './plugins';

import { gzipSync } from 'zlib';

/** Size budgets, all JavaScript of a plugin counted (lazy chunks too), gzipped. */
const GZIP_BUDGET_KB: Record<string, number> = { datasource: 60, panel: 120, app: 20 };

function gzipKb(dir: string): number {
  let total = 0;
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.js')) {
      total += gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
    }
  }
  return total / 1024;
}

const version = packageVersion();
const opts = { expectedVersion: version, buildPaths: [ROOT] };
let failed = false;

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
  const kb = gzipKb(path.join(ROOT, 'dist', id));
  if (budget && kb > budget) {
    failed = true;
    console.error(`FAIL ${id}: its JavaScript is ${kb.toFixed(1)} KB gzipped, over its ${budget} KB budget`);
  } else {
    console.log(`ok   ${id}: ${kb.toFixed(1)} KB of JavaScript gzipped (budget ${budget} KB)`);
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

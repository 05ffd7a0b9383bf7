/**
 * Checks every built plugin zip (dist/<id>-<version>.zip) with the offline plugin check, then proves
 * the check itself still bites: each rule must fail on a deliberately broken copy of the real zip.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkPluginZip } from './plugin-check/check';
import { applyMutation, DATASOURCE_MUTATIONS, MUTATIONS } from './plugin-check/mutations';
import { packageVersion, pluginSources, ROOT, zipName } from './plugins';

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

/**
 * Zips each built plugin as dist/<id>-<version>.zip holding a single <id>/ folder, the layout
 * `grafana cli --pluginUrl <zip> plugins install <id>` unpacks into the plugins directory.
 */
import * as fs from 'fs';
import * as path from 'path';
import { zipSync, Zippable } from 'fflate';
import { pluginSources, ROOT, zipName } from './plugins';

function collect(dir: string, prefix: string, into: Zippable): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      collect(full, rel, into);
    } else {
      // A fixed timestamp keeps the zip byte-identical for the same build output.
      into[rel] = [new Uint8Array(fs.readFileSync(full)), { mtime: new Date('2020-01-01T00:00:00Z') }];
    }
  }
}

for (const { id } of pluginSources()) {
  const folder = path.join(ROOT, 'dist', id);
  if (!fs.existsSync(path.join(folder, 'module.js'))) {
    console.error(`dist/${id}/module.js is missing: run webpack first (npm run build does both).`);
    process.exit(1);
  }
  const files: Zippable = {};
  collect(folder, id, files);
  const out = path.join(ROOT, 'dist', zipName(id));
  fs.writeFileSync(out, zipSync(files, { level: 9 }));
  console.log(`wrote dist/${path.basename(out)} (${fs.statSync(out).size} bytes)`);
}

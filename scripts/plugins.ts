/** The plugins this repository builds, read from each plugin folder's plugin.json. */
import * as fs from 'fs';
import * as path from 'path';
const pluginDirs = require('./plugin-dirs.cjs') as string[];

export const ROOT = path.resolve(__dirname, '..');

export interface PluginSource {
  /** Source folder, e.g. "datasource". */
  dir: string;
  id: string;
  type: string;
}

export function pluginSources(): PluginSource[] {
  return pluginDirs.map((dir) => {
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'plugin.json'), 'utf8')) as {
      id: string;
      type: string;
    };
    return { dir, id: json.id, type: json.type };
  });
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function zipName(id: string, version = packageVersion()): string {
  return `${id}-${version}.zip`;
}

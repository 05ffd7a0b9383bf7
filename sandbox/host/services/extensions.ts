/**
 * Plugin extension links, from app plugins only, as Grafana allows: each app plugin's module may
 * register links for extension points (`addLink`); the host asks for the links of a point with a
 * context. With no app plugin installed, there are no links.
 */
import type { PluginExtensionLink } from '@grafana/data';
import { importPlugin } from '../shared';
import { pluginsMeta } from './dataSourceSrv';

interface LinkConfig {
  title: string;
  description?: string;
  targets: string | string[];
  path?: string;
  onClick?: (e: unknown, helpers: unknown) => void;
  configure?: (context: unknown) => Partial<{ title: string; description: string; path: string }> | undefined;
}

async function appLinkConfigs(): Promise<Array<{ pluginId: string; config: LinkConfig }>> {
  const apps = pluginsMeta().filter((p) => p.type === 'app');
  const out: Array<{ pluginId: string; config: LinkConfig }> = [];
  for (const app of apps) {
    const mod = await importPlugin(String(app.id));
    const plugin = mod.plugin as { addedLinkConfigs?: LinkConfig[]; extensionConfigs?: LinkConfig[] };
    for (const config of plugin.addedLinkConfigs ?? plugin.extensionConfigs ?? []) {
      out.push({ pluginId: String(app.id), config });
    }
  }
  return out;
}

export async function extensionLinksFor(point: string, context: object): Promise<PluginExtensionLink[]> {
  const links: PluginExtensionLink[] = [];
  for (const { pluginId, config } of await appLinkConfigs()) {
    const targets = Array.isArray(config.targets) ? config.targets : [config.targets];
    if (!targets.includes(point)) {
      continue;
    }
    const overrides = config.configure ? config.configure(Object.freeze({ ...context })) : {};
    if (overrides === undefined) {
      continue;
    }
    links.push({
      id: `${pluginId}-${links.length}`,
      pluginId,
      type: 'link',
      title: overrides.title ?? config.title,
      description: overrides.description ?? config.description ?? '',
      path: overrides.path ?? config.path,
      category: undefined,
    } as unknown as PluginExtensionLink);
  }
  return links;
}

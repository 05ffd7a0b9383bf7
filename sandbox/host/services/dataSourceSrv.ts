/**
 * The data source service: instance settings from the host API, and data source instances built
 * from each plugin's DataSourceClass, as Grafana's DatasourceSrv builds them. Core plugins (here
 * only Tempo, for the sandbox's traces) have no module to load: the host builds their instances.
 */
import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';
import type { DataSourceSrv, GetDataSourceListFilters } from '@grafana/runtime';
import { importPlugin } from '../shared';
import { SandboxTracesDataSource } from './traces';

export interface HostDataSource {
  id: number;
  uid: string;
  name: string;
  type: string;
  url: string;
  jsonData: Record<string, unknown>;
  secureJsonFields: Record<string, boolean>;
  basicAuth: boolean;
  basicAuthUser: string;
  isDefault: boolean;
}

let list: HostDataSource[] = [];
let pluginMeta: Array<Record<string, unknown>> = [];
const instances = new Map<string, Promise<DataSourceApi>>();

export async function loadDataSources(): Promise<void> {
  const [ds, plugins] = await Promise.all([
    fetch('/api/datasources').then((r) => r.json() as Promise<HostDataSource[]>),
    fetch('/api/plugins').then((r) => r.json() as Promise<Array<Record<string, unknown>>>),
  ]);
  list = ds;
  pluginMeta = plugins;
  instances.clear();
}

export function pluginsMeta(): Array<Record<string, unknown>> {
  return pluginMeta;
}

/**
 * Core data source plugins the host stands in for, with the capabilities their plugin.json
 * declares (Grafana's public/app/plugins/datasource/tempo/plugin.json: metrics and tracing).
 */
const CORE_PLUGINS: Record<
  string,
  { meta: Record<string, unknown>; create: (s: DataSourceInstanceSettings) => DataSourceApi }
> = {
  tempo: {
    meta: {
      id: 'tempo',
      name: 'Tempo',
      type: 'datasource',
      category: 'tracing',
      metrics: true,
      tracing: true,
      logs: false,
      annotations: false,
      alerting: false,
      backend: true,
      // Drawn for the sandbox (sandbox/host/img), not Grafana's artwork. Absolute: the host's page
      // has no <base href="/"> (Grafana's has, and its core logos are relative to it).
      info: { logos: { small: '/public/img/tempo_logo.svg', large: '/public/img/tempo_logo.svg' } },
      module: 'core:plugin/tempo',
      baseUrl: 'public/app/plugins/datasource/tempo',
    },
    create: (s) => new SandboxTracesDataSource(s),
  },
};

/** Whether a data source type is a core plugin the host builds itself (no module to import). */
export function isCorePlugin(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(CORE_PLUGINS, type);
}

function refUid(ref?: string | DataSourceRef | null): string | undefined {
  if (!ref) {
    return list.find((d) => d.isDefault)?.uid ?? list[0]?.uid;
  }
  if (typeof ref === 'string') {
    return list.find((d) => d.uid === ref || d.name === ref)?.uid ?? ref;
  }
  return ref.uid ?? undefined;
}

export function instanceSettings(uid?: string | DataSourceRef | null): DataSourceInstanceSettings | undefined {
  const d = list.find((x) => x.uid === refUid(uid));
  if (!d) {
    return undefined;
  }
  const core = isCorePlugin(d.type) ? CORE_PLUGINS[d.type].meta : undefined;
  const meta = core ??
    pluginMeta.find((p) => p.id === d.type) ?? { id: d.type, name: d.type, type: 'datasource', info: {} };
  const paths = core ? {} : { module: `public/plugins/${d.type}/module.js`, baseUrl: `public/plugins/${d.type}` };
  return {
    id: d.id,
    uid: d.uid,
    name: d.name,
    type: d.type,
    // What Grafana hands a proxy-access data source: the proxy path, never the backend URL itself.
    url: `/api/datasources/proxy/uid/${d.uid}`,
    jsonData: d.jsonData,
    meta: { ...meta, ...paths },
    access: 'proxy',
    readOnly: false,
    isDefault: d.isDefault,
  } as unknown as DataSourceInstanceSettings;
}

export async function dataSourceInstance(ref?: string | DataSourceRef | null): Promise<DataSourceApi> {
  const settings = instanceSettings(ref);
  if (!settings) {
    throw new Error(`Data source ${JSON.stringify(ref)} was not found`);
  }
  let p = instances.get(settings.uid);
  if (!p && isCorePlugin(settings.type)) {
    p = Promise.resolve(CORE_PLUGINS[settings.type].create(settings));
    instances.set(settings.uid, p);
  }
  if (!p) {
    p = importPlugin(settings.type).then((mod) => {
      const plugin = mod.plugin as {
        DataSourceClass: new (s: DataSourceInstanceSettings) => DataSourceApi;
        components: unknown;
      };
      const ds = new plugin.DataSourceClass(settings);
      (ds as unknown as { components: unknown }).components = plugin.components;
      return ds;
    });
    instances.set(settings.uid, p);
  }
  return p;
}

export function forgetInstance(uid: string): void {
  instances.delete(uid);
}

type Meta = DataSourceInstanceSettings['meta'] & { aliasIDs?: string[]; category?: string };

/**
 * The data sources a filter keeps, as Grafana's DatasourceSrv.getList picks them
 * (public/app/features/plugins/datasource_srv.ts): by capability (metrics, tracing, logs,
 * annotations, alerting), plugin id (or alias), type, a filter function; without `all`, only data
 * sources that declare at least one capability; sorted by name. The host has no data source
 * variables and no -- Grafana --, -- Mixed -- or -- Dashboard -- data sources, so `variables`,
 * `mixed` and `dashboard` add nothing.
 */
export function filterDataSources(
  all: DataSourceInstanceSettings[],
  filters: GetDataSourceListFilters = {}
): DataSourceInstanceSettings[] {
  return all
    .filter((x) => {
      const meta = x.meta as Meta;
      if (meta.id === 'grafana' || meta.id === 'mixed' || meta.id === 'dashboard') {
        return false;
      }
      if (filters.metrics && !meta.metrics) {
        return false;
      }
      if (filters.tracing && !meta.tracing) {
        return false;
      }
      if (filters.logs && meta.category !== 'logging' && !meta.logs) {
        return false;
      }
      if (filters.annotations && !meta.annotations) {
        return false;
      }
      if (filters.alerting && !meta.alerting) {
        return false;
      }
      if (filters.pluginId && meta.id !== filters.pluginId && !meta.aliasIDs?.includes(filters.pluginId)) {
        return false;
      }
      if (filters.filter && !filters.filter(x)) {
        return false;
      }
      if (filters.type) {
        const ok = Array.isArray(filters.type)
          ? filters.type.includes(x.type)
          : x.type === filters.type || meta.aliasIDs?.includes(filters.type);
        if (!ok) {
          return false;
        }
      }
      return (
        filters.all ||
        meta.metrics === true ||
        meta.annotations === true ||
        meta.tracing === true ||
        meta.logs === true ||
        meta.alerting === true
      );
    })
    .sort((a, b) => {
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
      return x > y ? 1 : x < y ? -1 : 0;
    });
}

export const dataSourceSrv = {
  get: (ref?: string | DataSourceRef | null) => dataSourceInstance(ref),
  getInstanceSettings: (ref?: string | DataSourceRef | null) => instanceSettings(ref),
  getList: (filters?: GetDataSourceListFilters) =>
    filterDataSources(list.map((d) => instanceSettings(d.uid)!).filter(Boolean), filters),
  reload: () => loadDataSources(),
  registerRuntimeDataSource: () => undefined,
} as unknown as DataSourceSrv;

export function dataSources(): HostDataSource[] {
  return list;
}

/**
 * The data source service: instance settings from the host API, and data source instances built
 * from each plugin's DataSourceClass, as Grafana's DatasourceSrv builds them.
 */
import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';
import type { DataSourceSrv } from '@grafana/runtime';
import { importPlugin } from '../shared';

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
  const meta = pluginMeta.find((p) => p.id === d.type) ?? { id: d.type, name: d.type, type: 'datasource', info: {} };
  return {
    id: d.id,
    uid: d.uid,
    name: d.name,
    type: d.type,
    // What Grafana hands a proxy-access data source: the proxy path, never the backend URL itself.
    url: `/api/datasources/proxy/uid/${d.uid}`,
    jsonData: d.jsonData,
    meta: { ...meta, module: `public/plugins/${d.type}/module.js`, baseUrl: `public/plugins/${d.type}` },
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

export const dataSourceSrv = {
  get: (ref?: string | DataSourceRef | null) => dataSourceInstance(ref),
  getInstanceSettings: (ref?: string | DataSourceRef | null) => instanceSettings(ref),
  getList: () => list.map((d) => instanceSettings(d.uid)!).filter(Boolean),
  reload: () => loadDataSources(),
  registerRuntimeDataSource: () => undefined,
} as unknown as DataSourceSrv;

export function dataSources(): HostDataSource[] {
  return list;
}

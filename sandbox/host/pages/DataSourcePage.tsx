import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import type { DataSourcePluginMeta, DataSourceSettings } from '@grafana/data';
import { Alert, Button, useStyles2 } from '@grafana/ui';
import { dataSourceInstance, forgetInstance, isCorePlugin, loadDataSources } from '../services/dataSourceSrv';
import { importPlugin } from '../shared';

type Settings = DataSourceSettings & { secureJsonData?: Record<string, string> };

/** The data source settings page: the plugin's own ConfigEditor, then Save & test. */
export function DataSourcePage({ uid }: { uid: string }) {
  const styles = useStyles2(() => ({ page: css({ padding: 16, maxWidth: 900 }) }));
  const [options, setOptions] = useState<Settings>();
  const [Editor, setEditor] =
    useState<React.ComponentType<{ options: Settings; onOptionsChange: (o: Settings) => void }>>();
  const [status, setStatus] = useState<{ status: string; message: string }>();
  const [busy, setBusy] = useState(false);
  const [core, setCore] = useState(false);

  useEffect(() => {
    void fetch(`/api/datasources/uid/${uid}`)
      .then((r) => r.json() as Promise<Settings>)
      .then(async (ds: Settings) => {
        setOptions({ ...ds, secureJsonData: {} });
        if (isCorePlugin(ds.type)) {
          setCore(true);
          return;
        }
        const mod = await importPlugin(ds.type);
        setEditor(() => (mod.plugin as { components: { ConfigEditor: typeof Editor } }).components.ConfigEditor);
      });
  }, [uid]);

  const saveAndTest = async () => {
    if (!options) {
      return;
    }
    setBusy(true);
    setStatus(undefined);
    try {
      const res = await fetch(`/api/datasources/uid/${uid}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(options),
      });
      const saved = ((await res.json()) as { datasource: Settings }).datasource;
      setOptions({ ...saved, secureJsonData: {} });
      await loadDataSources();
      forgetInstance(uid);
      const ds = await dataSourceInstance(uid);
      const result = await ds.testDatasource();
      setStatus({ status: result.status, message: result.message });
    } catch (e) {
      setStatus({ status: 'error', message: (e as Error).message ?? String(e) });
    } finally {
      setBusy(false);
    }
  };

  if (options && core) {
    return (
      <div className={styles.page}>
        <h1>{options.name}</h1>
        <p>Type: {options.type}</p>
        <Alert
          title="Built into the sandbox: Grafana's own Tempo settings page is not reproduced, and there is nothing to configure."
          severity="info"
        />
      </div>
    );
  }
  if (!options || !Editor) {
    return <div className={styles.page}>Loading data source…</div>;
  }
  return (
    <div className={styles.page}>
      <h1>{options.name}</h1>
      <p>Type: {(options as unknown as { type: string }).type}</p>
      <Editor options={{ ...options, meta: {} as DataSourcePluginMeta } as Settings} onOptionsChange={setOptions} />
      <div style={{ marginTop: 16 }}>
        <Button onClick={() => void saveAndTest()} disabled={busy} data-testid="save-and-test">
          {busy ? 'Testing…' : 'Save & test'}
        </Button>
      </div>
      {status && (
        <div style={{ marginTop: 16 }} data-testid="datasource-test-result" data-status={status.status}>
          <Alert title={status.message} severity={status.status === 'success' ? 'success' : 'error'} />
        </div>
      )}
    </div>
  );
}

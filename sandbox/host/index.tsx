// The sandbox host: boot data first, then Grafana's runtime services, then the app.
import { THEME } from './boot';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { ThemeContext, createTheme } from '@grafana/data';
import { config, setBackendSrv, setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { GlobalStyles } from '@grafana/ui';
import { backendSrv } from './services/backendSrv';
import { templateSrv } from './services/templateSrv';
import { dataSourceSrv, dataSources, instanceSettings, loadDataSources } from './services/dataSourceSrv';
import { registerSharedModules } from './shared';
import { registerOptionEditors } from './services/optionEditors';
import { interceptLinkClicks } from './services/linkClicks';
import { App } from './App';

// Which React this host runs, for the smoke test on Grafana 13.2's React 19.
(window as unknown as { __hostReactVersion: string }).__hostReactVersion = React.version;

setBackendSrv(backendSrv);
setTemplateSrv(templateSrv);
setDataSourceSrv(dataSourceSrv);
registerSharedModules();
registerOptionEditors();
interceptLinkClicks();

const theme = createTheme({ colors: { mode: THEME } });

void loadDataSources().then(() => {
  // Grafana's boot data lists the data sources; plugins (e.g. the trace link app) read them from config.
  config.datasources = Object.fromEntries(dataSources().map((d) => [d.name, instanceSettings(d.uid)!]));
  createRoot(document.getElementById('root')!).render(
    <ThemeContext.Provider value={theme}>
      {/* Grafana's page-wide styles (border-box sizing, fonts, form resets): plugins are laid out under them. */}
      <GlobalStyles />
      <App />
    </ThemeContext.Provider>
  );
});

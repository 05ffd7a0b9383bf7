/**
 * Plugin loading the way Grafana 13.1 does it: SystemJS with the AMD extra, every module Grafana
 * shares with plugins registered once (so a plugin and the host use the same React and the same
 * @grafana/data classes), and plugins imported from /public/plugins/<id>/module.js. Modules
 * Grafana does not share (@grafana/schema, @grafana/i18n) are not offered: a plugin must bundle
 * them, as it must in Grafana.
 */
import 'systemjs/dist/system.js';
import 'systemjs/dist/extras/amd.js';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as grafanaData from '@grafana/data';
import * as grafanaUi from '@grafana/ui';
import * as grafanaRuntime from '@grafana/runtime';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import lodash from 'lodash';

type SystemJS = {
  set(id: string, module: object): void;
  addImportMap(map: { imports: Record<string, string> }): void;
  import(id: string): Promise<Record<string, unknown>>;
};

declare global {
  interface Window {
    System: SystemJS;
  }
}

/** What Grafana 13.1's loader shares (public/app/features/plugins/loader/sharedDependencies.ts). */
export const SHARED: Record<string, object> = {
  react: React,
  'react-dom': ReactDOM,
  'react-dom/client': ReactDOMClient,
  'react/jsx-runtime': jsxRuntime,
  'react/jsx-dev-runtime': jsxRuntime,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@grafana/runtime': grafanaRuntime,
  rxjs,
  'rxjs/operators': rxjsOperators,
  '@emotion/css': emotionCss,
  '@emotion/react': emotionReact,
  lodash,
};

let registered = false;

export function registerSharedModules(): void {
  if (registered) {
    return;
  }
  registered = true;
  const imports: Record<string, string> = {};
  for (const [name, mod] of Object.entries(SHARED)) {
    const id = `package:${name}`;
    window.System.set(id, { ...mod, default: (mod as { default?: unknown }).default ?? mod, __useDefault: false });
    imports[name] = id;
  }
  window.System.addImportMap({ imports });
}

const loaded = new Map<string, Promise<Record<string, unknown>>>();

/** Imports a built plugin's module.js through SystemJS, once. */
export function importPlugin(id: string): Promise<Record<string, unknown>> {
  registerSharedModules();
  let p = loaded.get(id);
  if (!p) {
    p = window.System.import(`/public/plugins/${id}/module.js`);
    loaded.set(id, p);
  }
  return p;
}

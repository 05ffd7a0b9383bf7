// Grafana puts its boot data on window before any of its code runs; @grafana/runtime reads it at
// import time. This module is imported first so its side effect happens first.
// The version of the @grafana/* packages this host was built with (13.1.1 here, 12.4.10 or 13.2.2
// in the smoke hosts): plugins that feature-detect by version see the truth.
import grafanaPackage from '@grafana/data/package.json';
import { config as zodConfig } from 'zod';

// @grafana/data validates its theme with zod, whose first parse probes for eval with
// `new Function('')` unless told not to; under the host's CSP (no 'unsafe-eval') that probe is a
// violation report on every page. Grafana's own bundle is not what the e2e suite tests, our plugins
// are: with the probe off, any CSP violation left is one a plugin caused, and fails the suite.
zodConfig({ jitless: true });

const theme = new URLSearchParams(window.location.search).get('theme') === 'light' ? 'light' : 'dark';

(window as unknown as { grafanaBootData: unknown }).grafanaBootData = {
  settings: {
    appSubUrl: '',
    appUrl: `${window.location.origin}/`,
    buildInfo: { version: grafanaPackage.version, edition: 'Open Source', env: 'sandbox' },
    featureToggles: {},
    datasources: {},
    panels: {},
    theme2: { isDark: theme === 'dark' },
    bootData: {},
  },
  user: {
    id: 1,
    login: 'admin',
    name: 'Sandbox admin',
    orgRole: 'Admin',
    isSignedIn: true,
    theme,
    timezone: 'browser',
    weekStart: 'monday',
    locale: 'en-US',
    language: 'en-US',
  },
  navTree: [],
};

// Where Grafana's UI library finds its icons (public/build/img/icons/…), as Grafana sets it.
(window as unknown as { __grafana_public_path__: string }).__grafana_public_path__ = '/public/';

export const THEME = theme;

// Grafana ships uPlot's stylesheet globally; the time series graph lays out wrong without it.
import uplotCss from 'uplot/dist/uPlot.min.css';
const style = document.createElement('style');
style.textContent = uplotCss;
document.head.appendChild(style);

/**
 * The oldest Grafana the plugins claim (plugin.json grafanaDependency): the same dist/ plugins in a
 * host built with @grafana/* 12.4.10 and React 18.3.
 */
import { describeSmokeHost } from './smokeHost';

describeSmokeHost({ build: 'dist-sandbox/host-grafana12', name: 'grafana12', grafana: /^12\.4\./, react: /^18\./ });

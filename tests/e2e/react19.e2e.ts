/**
 * Grafana 13.2 runs React 19. The same dist/ plugins, built once against @grafana/* 13.1.1 and
 * React 18, must load and work in a host built with @grafana/* 13.2.2 and React 19.
 */
import { describeSmokeHost } from './smokeHost';

describeSmokeHost({ build: 'dist-sandbox/host-react19', name: 'react19', grafana: /^13\.2\./, react: /^19\./ });

import { AppPlugin, PluginExtensionPoints } from '@grafana/data';
import { config } from '@grafana/runtime';
import { findDataSource, TraceContext, traceProfilePath } from './traceLink';
import '../plugin-runtime/publicPath';

export const plugin = new AppPlugin().addLink<TraceContext>({
  // Must match plugin.json's extensions.addedLinks title: Grafana refuses undeclared links.
  title: 'Open profile in Flamelens',
  description: "The profile of this trace's spans, in Explore",
  targets: [PluginExtensionPoints.TraceViewHeaderActions],
  icon: 'fire',
  // Grafana checks for a path at registration; configure() gives the real one per trace.
  path: '/explore',
  configure: (ctx) => {
    const path = traceProfilePath(ctx, findDataSource(config.datasources));
    return path ? { path } : undefined;
  },
});

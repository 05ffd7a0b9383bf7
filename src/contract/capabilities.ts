/**
 * What a Pyroscope server can do, as its `capabilities.v1.FeatureFlagsService/GetFeatureFlags`
 * says: the datasource asks once per instance (and again on Save & test) and hands the answer to
 * the editor and the panel, which show or explain features by it. A server without the service is
 * an older server: every capability off, and no error.
 */

/** The flags Flamelens reads, by their names on the wire. */
export const CAPABILITY_FLAGS = {
  /** Pyroscope 2's storage: span heatmaps, trace-ID selection, exemplars by span. */
  v2StorageLayer: 'Pyroscope 2 storage (heatmaps, trace and span selection)',
  /** Label names such as service.name arrive as they are, and selectors quote them. */
  utf8LabelNames: 'UTF-8 label names (service.name, k8s.pod.name, …)',
  /** Exact function tables and lazily loaded call trees. */
  functionProjections: 'exact function tables',
} as const;

export type CapabilityName = keyof typeof CAPABILITY_FLAGS;

/** What Flamelens does on a server without each capability: a user reads what it means for them. */
const WITHOUT: Record<CapabilityName, string> = {
  v2StorageLayer: 'trace ID selection is hidden and heatmaps are not offered',
  utf8LabelNames: 'dotted label names arrive with underscores (service_name)',
  functionProjections: 'function totals come from the merged profile instead',
};

export interface ServerCapabilities {
  /** False for a server that does not have the capabilities service (an older Pyroscope). */
  reported: boolean;
  /** Every flag the server reported, enabled or not (names Flamelens does not read included). */
  flags: Readonly<Record<string, boolean>>;
}

/** An older server: it reports nothing, so nothing beyond Pyroscope 1's API is assumed. */
export const OLDER_SERVER: ServerCapabilities = { reported: false, flags: {} };

export function capabilitiesFrom(flags: Record<string, boolean> | undefined): ServerCapabilities {
  return flags ? { reported: true, flags } : OLDER_SERVER;
}

export function hasCapability(c: ServerCapabilities, name: CapabilityName): boolean {
  return c.flags[name] === true;
}

/** One line for Save & test and the editor: what the server has, and what it lacks. */
export function describeCapabilities(c: ServerCapabilities): string {
  if (!c.reported) {
    return 'The server does not report its capabilities (an older Pyroscope): Pyroscope 2 features are off.';
  }
  const names = Object.keys(CAPABILITY_FLAGS) as CapabilityName[];
  const on = names.filter((n) => hasCapability(c, n)).map((n) => CAPABILITY_FLAGS[n]);
  const off = names.filter((n) => !hasCapability(c, n)).map((n) => `without ${CAPABILITY_FLAGS[n]}, ${WITHOUT[n]}`);
  return [
    on.length ? `Has ${on.join(', ')}.` : '',
    // Said as what happens, not as a fault: these are the server's feature flags, nothing to fix here.
    off.length ? `${off.join('; ').replace(/^w/, 'W')} (the server's feature flags; nothing to set here).` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Whether to ask a server for heatmaps: not one that says it lacks v2 storage; one that says nothing is asked. */
export function mayHaveHeatmaps(c: ServerCapabilities): boolean {
  return !c.reported || hasCapability(c, 'v2StorageLayer');
}

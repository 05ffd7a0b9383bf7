/**
 * The panel's options, read once: a saved panel may lack options added since it was saved (or
 * hold undefined for them), so every reader goes through the defaults here, never `?? default`.
 */
import { DEFAULT_OPTIONS, type FlameGraphPanelOptions } from './types';
import { migrateHideFrames } from './frameFilterState';

export function readOptions(saved: Partial<FlameGraphPanelOptions> | undefined): FlameGraphPanelOptions {
  const out: FlameGraphPanelOptions = { ...DEFAULT_OPTIONS };
  // Hosts that do not run the plugin's migration handler still read an old panel right.
  saved = saved && migrateHideFrames(saved as Record<string, unknown>);
  for (const key of Object.keys(DEFAULT_OPTIONS) as Array<keyof FlameGraphPanelOptions>) {
    const value = saved?.[key];
    if (value !== undefined && value !== null) {
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

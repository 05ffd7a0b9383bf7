/**
 * Units, written once: what Pyroscope's profile type ids and pprof's sample types call a unit,
 * what Grafana calls it (its value formatter ids), and how a profile metric becomes a rate.
 *
 *   process_cpu:cpu:nanoseconds:cpu:nanoseconds   →  sample unit "nanoseconds" → Grafana "ns"
 *                                                    over time: a rate in cores (ns per s ÷ 1e9)
 *   memory:inuse_space:bytes:space:bytes          →  "bytes" → "bytes"; over time: as it is (instant)
 */

/** The five parts of a profile type id `<name>:<sample_type>:<sample_unit>:<period_type>:<period_unit>`. */
export interface ProfileTypeParts {
  name: string;
  sampleType: string;
  sampleUnit: string;
  periodType: string;
  periodUnit: string;
}

export function parseProfileTypeId(profileTypeId: string): ProfileTypeParts {
  const [name = '', sampleType = '', sampleUnit = '', periodType = '', periodUnit = ''] = profileTypeId.split(':');
  return { name, sampleType, sampleUnit, periodType, periodUnit };
}

/** pprof / Pyroscope sample unit → Grafana unit id, and for time units how many make a second. */
const UNITS: Record<string, { grafana: string; perSecond?: number }> = {
  nanoseconds: { grafana: 'ns', perSecond: 1e9 },
  microseconds: { grafana: 'µs', perSecond: 1e6 },
  milliseconds: { grafana: 'ms', perSecond: 1e3 },
  seconds: { grafana: 's', perSecond: 1 },
  bytes: { grafana: 'bytes' },
};

/** The Grafana unit id for a pprof sample unit ("nanoseconds" → "ns"); counts and unknowns are "short". */
export function grafanaUnit(sampleUnit: string | undefined): string {
  return UNITS[sampleUnit ?? '']?.grafana ?? 'short';
}

/** The Grafana unit id of a profile type id's values. */
export function unitOfProfileType(profileTypeId: string): string {
  return grafanaUnit(parseProfileTypeId(profileTypeId).sampleUnit);
}

/**
 * The pprof sample type (name and unit) to write for values in a Grafana unit: the inverse of
 * grafanaUnit, with the conventional names (cpu for time, space for bytes, samples for counts).
 */
export function pprofSampleTypeOf(grafanaUnitId: string | undefined): { type: string; unit: string } {
  for (const [unit, u] of Object.entries(UNITS)) {
    if (u.grafana === grafanaUnitId) {
      return { type: u.perSecond !== undefined ? 'cpu' : 'space', unit };
    }
  }
  return { type: 'samples', unit: 'count' };
}

/** The conventional sample type name for a pprof unit ("nanoseconds" → "cpu"). */
export function sampleTypeNameOf(sampleUnit: string): string {
  return pprofSampleTypeOf(grafanaUnit(sampleUnit)).type;
}

export interface RateInfo {
  /** Whether values are per-step sums that must be divided by the step. */
  cumulative: boolean;
  /** Grafana unit of the values over time. */
  unit: string;
  /** Divisor applied after the step (1e9 for nanoseconds → seconds). */
  scale: number;
}

/**
 * How a profile type's values are shown over time. Cumulative types (CPU time, allocations,
 * contentions, …) are sums per step, which depend on the step; as rates a panel reads the same at
 * any zoom: time per second becomes cores, bytes per second B/s, counts per second ops/s. Instant
 * types (in-use memory, goroutines) stay as they are.
 */
export function rateInfo(profileTypeId: string): RateInfo {
  const { name, sampleType, sampleUnit } = parseProfileTypeId(profileTypeId);
  const instant =
    sampleType.startsWith('inuse') ||
    sampleType === 'live' ||
    name.startsWith('goroutine') ||
    sampleType.startsWith('goroutine');
  if (instant) {
    return { cumulative: false, unit: grafanaUnit(sampleUnit), scale: 1 };
  }
  const perSecond = UNITS[sampleUnit]?.perSecond;
  if (perSecond !== undefined) {
    return { cumulative: true, unit: 'cores', scale: perSecond };
  }
  if (sampleUnit === 'bytes') {
    return { cumulative: true, unit: 'binBps', scale: 1 };
  }
  return { cumulative: true, unit: 'ops', scale: 1 };
}

/** A per-step value of a profile type as shown over time (a rate for cumulative types). */
export function perSecond(value: number, info: RateInfo, stepSeconds: number): number {
  return info.cumulative ? value / (stepSeconds * info.scale) : value;
}

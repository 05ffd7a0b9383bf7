/**
 * Parsing of Pyroscope's ingest requests into profiles to store, with the labels and profile types
 * Pyroscope derives:
 *
 * - `POST /ingest?name=app{k=v}&format=pprof` (raw body or multipart part "profile"): __name__ from
 *   the sample types (wall if any is "wall"; else cpu → process_cpu, alloc_/inuse_/space/objects →
 *   memory, mutex_ → mutex, block_ → block, goroutines), service_name from the app name.
 * - `POST /ingest?name=app.cpu{k=v}&format=folded&sampleRate=100`: the suffix names the type; CPU
 *   and wall counts become nanoseconds (count × 1e9 / sampleRate), as Pyroscope converts them.
 */
import { decodePprof } from '../../src/pprof/decode';
import type { PprofProfile } from '../../src/pprof/profile';
import { parseFolded, decodeText } from '../../src/formats/folded';
import { encodeTreeAsPprof } from '../../src/pprof/encode';
import { FlamelensError } from '../../src/errors';

/**
 * The largest profile accepted, uncompressed. Pyroscope's default (validation.max-profile-size-bytes)
 * is 4 MiB; the sandbox accepts 16 MiB so the benchmarks' generated profiles fit
 * (FLAMELENS_MAX_PROFILE_BYTES sets it).
 */
export const DEFAULT_MAX_PROFILE_BYTES = 16 * 1024 * 1024;

export class IngestError extends Error {}

/** A request within the body limit that asks for more than the server holds at once (HTTP 413). */
export class TooLarge extends Error {}

export interface ParsedProfile {
  labels: Record<string, string>;
  startMs: number;
  endMs: number;
  bytes: Uint8Array;
  profile: PprofProfile;
}

/** `app.cpu{env=staging,region="eu"}` → name and labels. */
export function parseAppName(text: string): { app: string; labels: Record<string, string> } {
  const brace = text.indexOf('{');
  const app = (brace >= 0 ? text.slice(0, brace) : text).trim();
  const labels: Record<string, string> = {};
  if (brace >= 0) {
    if (!text.trimEnd().endsWith('}')) {
      throw new IngestError(`name "${text}": labels must end with "}"`);
    }
    const inner = text.slice(brace + 1, text.trimEnd().length - 1);
    for (const part of inner.split(',')) {
      if (part.trim() === '') {
        continue;
      }
      const eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IngestError(`name "${text}": label "${part}" is not key=value`);
      }
      const key = part.slice(0, eq).trim();
      let value = part.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1);
      }
      labels[key] = value;
    }
  }
  if (!app) {
    throw new IngestError('the name parameter is required, e.g. name=my-app{env=prod}');
  }
  return { app, labels };
}

/** Unix time in s, ms, µs or ns (told apart by magnitude) → ms. */
export function toMs(text: string | null, fallback: number): number {
  if (!text) {
    return fallback;
  }
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) {
    throw new IngestError(`"${text}" is not a unix timestamp`);
  }
  if (n > 1e17) return Math.floor(n / 1e6);
  if (n > 1e14) return Math.floor(n / 1e3);
  if (n > 1e11) return Math.floor(n);
  return Math.floor(n * 1000);
}

function allowedLabel(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(key) && !key.startsWith('__');
}

/** __name__ for a pprof /ingest, from its sample types (Pyroscope's rules). */
export function metricNameForPprof(p: PprofProfile): string {
  if (p.sampleTypes.some((t) => t.type === 'wall')) {
    return 'wall';
  }
  let last = '';
  for (const { type } of p.sampleTypes) {
    last = type;
    if (type.includes('cpu')) return 'process_cpu';
    if (type.includes('alloc_') || type.includes('inuse_') || type === 'space' || type === 'objects') return 'memory';
    if (type.includes('mutex_')) return 'mutex';
    if (type.includes('block_')) return 'block';
    if (type.includes('goroutines')) return 'goroutines';
  }
  return last || 'unknown';
}

interface FoldedType {
  metric: string;
  type: string;
  unit: string;
}

const FOLDED_TYPES: Record<string, FoldedType> = {
  cpu: { metric: 'process_cpu', type: 'samples', unit: 'count' },
  itimer: { metric: 'process_cpu', type: 'samples', unit: 'count' },
  wall: { metric: 'wall', type: 'samples', unit: 'count' },
  inuse_objects: { metric: 'memory', type: 'inuse_objects', unit: 'count' },
  inuse_space: { metric: 'memory', type: 'inuse_space', unit: 'bytes' },
  alloc_objects: { metric: 'memory', type: 'alloc_objects', unit: 'count' },
  alloc_space: { metric: 'memory', type: 'alloc_space', unit: 'bytes' },
  goroutines: { metric: 'goroutine', type: 'goroutines', unit: 'count' },
  mutex_count: { metric: 'mutex', type: 'contentions', unit: 'count' },
  mutex_duration: { metric: 'mutex', type: 'delay', unit: 'nanoseconds' },
  block_count: { metric: 'block', type: 'contentions', unit: 'count' },
  block_duration: { metric: 'block', type: 'delay', unit: 'nanoseconds' },
};

/** Splits a known type suffix off an app name: "app.cpu" → ["app", "cpu"]. */
function splitSuffix(app: string): [string, string | undefined] {
  const dot = app.lastIndexOf('.');
  if (dot > 0 && FOLDED_TYPES[app.slice(dot + 1)]) {
    return [app.slice(0, dot), app.slice(dot + 1)];
  }
  return [app, undefined];
}

function baseLabels(
  metric: string,
  service: string,
  spyName: string | null,
  extra: Record<string, string>
): Record<string, string> {
  const labels: Record<string, string> = { __name__: metric, __delta__: 'false', service_name: service };
  if (spyName) {
    labels.pyroscope_spy = spyName;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (allowedLabel(k)) {
      labels[k] = v;
    }
  }
  if (extra.service_name) {
    labels.service_name = extra.service_name;
    labels.app_name = service;
  }
  return labels;
}

/** Extracts the part named `field` from a multipart/form-data body. */
export function multipartField(body: Uint8Array, contentType: string, field: string): Uint8Array | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) {
    throw new IngestError('multipart body without a boundary');
  }
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const buf = Buffer.from(body.buffer, body.byteOffset, body.length);
  let pos = buf.indexOf(boundary);
  while (pos >= 0) {
    const headerStart = pos + boundary.length + 2;
    const headerEnd = buf.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) {
      break;
    }
    const headers = buf.subarray(headerStart, headerEnd).toString('latin1');
    const next = buf.indexOf(boundary, headerEnd + 4);
    if (next < 0) {
      break;
    }
    if (headers.toLowerCase().includes(`name="${field.toLowerCase()}"`)) {
      return new Uint8Array(buf.subarray(headerEnd + 4, next - 2));
    }
    pos = next;
  }
  return undefined;
}

function decodeOrReject(bytes: Uint8Array, maxBytes: number): PprofProfile {
  try {
    return decodePprof(bytes, { maxBytes });
  } catch (e) {
    throw new IngestError(e instanceof FlamelensError ? e.message : String(e));
  }
}

/** Parses one /ingest request. */
export function parseIngest(
  query: URLSearchParams,
  contentType: string,
  body: Uint8Array,
  now: number,
  maxProfileBytes = DEFAULT_MAX_PROFILE_BYTES
): ParsedProfile {
  const { app, labels: extra } = parseAppName(query.get('name') ?? '');
  const format = query.get('format') ?? 'folded';
  const untilMs = toMs(query.get('until'), now);
  const fromMs = toMs(query.get('from'), untilMs - 10_000);
  const spyName = query.get('spyName');
  if (format === 'pprof') {
    const raw = contentType.toLowerCase().startsWith('multipart/form-data')
      ? multipartField(body, contentType, 'profile')
      : body;
    if (!raw || raw.length === 0) {
      throw new IngestError('format=pprof needs the profile as the request body or a multipart part named "profile"');
    }
    const profile = decodeOrReject(raw, maxProfileBytes);
    const [service] = splitSuffix(app);
    return {
      labels: baseLabels(metricNameForPprof(profile), service, spyName, extra),
      startMs: fromMs,
      endMs: untilMs,
      bytes: raw,
      profile,
    };
  }
  if (format === 'folded' || format === 'lines') {
    const [service, suffix] = splitSuffix(app);
    const t = FOLDED_TYPES[suffix ?? 'cpu'];
    if (body.length > maxProfileBytes) {
      // Refused before parsing: a huge text would hold the server for minutes and then fail anyway.
      throw new TooLarge(
        `the ${format} profile is ${body.length} bytes, over the ${maxProfileBytes}-byte limit: send smaller profiles (or pprof, which is compressed)`
      );
    }
    let tree;
    try {
      tree = parseFolded(decodeText(body)).tree;
    } catch (e) {
      throw new IngestError(e instanceof FlamelensError ? e.message : String(e));
    }
    const sampleRate = Number(query.get('sampleRate') ?? 0);
    let type = t.type;
    let unit = t.unit;
    let periodType = '';
    let periodUnit = '';
    let period = 0;
    if (sampleRate > 0 && (t.metric === 'process_cpu' || t.metric === 'wall')) {
      period = Math.round(1e9 / sampleRate);
      type = t.metric === 'wall' ? 'wall' : 'cpu';
      unit = 'nanoseconds';
      periodType = 'cpu';
      periodUnit = 'nanoseconds';
      for (let i = 0; i < tree.count; i++) {
        tree.self[i] *= period;
        tree.total[i] *= period;
      }
    }
    const bytes = encodeTreeAsPprof(tree, {
      type,
      unit,
      periodType,
      periodUnit,
      period,
      timeNanos: fromMs * 1e6,
      durationNanos: (untilMs - fromMs) * 1e6,
    });
    return {
      labels: baseLabels(t.metric, service, spyName, extra),
      startMs: fromMs,
      endMs: untilMs,
      bytes,
      profile: decodeOrReject(bytes, maxProfileBytes),
    };
  }
  throw new IngestError(`format=${format} is not supported here (use pprof or folded)`);
}

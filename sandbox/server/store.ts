/**
 * The sandbox's durable profile store. Each tenant has an append-only log of records (a header
 * with the profile's labels, times, series and types, and the profile bytes exactly as received,
 * checksummed: recordLog.ts); a record is written and fsynced before the ingest answers 200, so a
 * SIGKILL loses nothing that was acknowledged. On start every intact record is read back; damaged
 * ranges (a torn or zero-filled tail, a corrupt byte anywhere) are moved to a file beside the log
 * and reported, never silently dropped.
 *
 * Memory holds an index, not the profiles: each record's labels, series totals and where its bytes
 * are. Profiles are decoded from disk when a query needs them, through a cache of bounded size, so
 * the process stays small however much has been ingested.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Clock, systemClock } from '../../src/time/clock';
import { encodeRecord, scanLog } from './recordLog';
import { decodePprof } from '../../src/pprof/decode';
import type { PprofProfile } from '../../src/pprof/profile';

/**
 * A series within a profile: Pyroscope splits a profile by its samples' string labels (vehicle=car,
 * …) into series, so they can be selected and grouped like static labels. Labels that identify a
 * single request (span_id, trace_id, profile_id) stay on the samples instead.
 */
export interface ProfileSeries {
  labels: Record<string, string>;
  /** Sample indexes of this series; undefined = every sample. */
  samples?: Int32Array;
  /** Sum per sample type over this series' samples. */
  totals: number[];
}

/** A series as the index keeps it: its labels and totals (its samples are found again on decode). */
export type IndexedSeries = Omit<ProfileSeries, 'samples'>;

const SAMPLE_ONLY_LABELS = new Set(['span_id', 'span_name', 'trace_id', 'profile_id']);

export function splitSeries(labels: Record<string, string>, p: PprofProfile): ProfileSeries[] {
  const nTypes = p.sampleTypes.length;
  const groups = new Map<string, { labels: Record<string, string>; samples: number[]; totals: number[] }>();
  for (let s = 0; s < p.sampleCount; s++) {
    const extra: Array<[string, string]> = [];
    for (let l = p.sampleLabelStart[s]; l < p.sampleLabelStart[s + 1]; l++) {
      const key = p.strings[p.labelKey[l]];
      const str = p.strings[p.labelStr[l]];
      if (str && !SAMPLE_ONLY_LABELS.has(key) && !(key in labels)) {
        extra.push([key, str]);
      }
    }
    extra.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const k = JSON.stringify(extra);
    let g = groups.get(k);
    if (!g) {
      g = {
        labels: { ...labels, ...Object.fromEntries(extra) },
        samples: [],
        totals: new Array<number>(nTypes).fill(0),
      };
      groups.set(k, g);
    }
    g.samples.push(s);
    for (let t = 0; t < nTypes; t++) {
      g.totals[t] += p.sampleValues[s * nTypes + t];
    }
  }
  if (groups.size <= 1) {
    return [{ labels, totals: p.totals.map(Number) }];
  }
  return [...groups.values()].map((g) => ({ labels: g.labels, samples: Int32Array.from(g.samples), totals: g.totals }));
}

export interface StoredProfile {
  id: string;
  tenant: string;
  /** Series labels: __name__, service_name, and the rest. */
  labels: Record<string, string>;
  series: IndexedSeries[];
  startMs: number;
  endMs: number;
  /** Profile type ids, one per sample type: name:type:unit:periodType:periodUnit. */
  typeIds: string[];
  /** Where the profile's bytes are. */
  file: string;
  bodyStart: number;
  bodyLength: number;
}

/** A stored profile decoded: the profile, and each series' sample indexes (undefined: all). */
export interface DecodedProfile {
  profile: PprofProfile;
  seriesSamples: Array<Int32Array | undefined>;
}

interface Header {
  id: string;
  labels: Record<string, string>;
  startMs: number;
  endMs: number;
  /** Written since the checksummed format; older records are decoded once on start to get them. */
  series?: IndexedSeries[];
  typeIds?: string[];
}

const isHeader = (h: unknown): h is Header => {
  const x = h as Header;
  return !!x && typeof x.id === 'string' && typeof x.labels === 'object' && Number.isFinite(x.startMs);
};

export function profileTypeIds(name: string, p: PprofProfile): string[] {
  const pt = p.periodType ?? { type: '', unit: '' };
  return p.sampleTypes.map((st) => `${name}:${st.type}:${st.unit}:${pt.type}:${pt.unit}`);
}

function tenantDir(root: string, tenant: string): string {
  const dir = path.resolve(root, encodeURIComponent(tenant));
  // encodeURIComponent leaves "." alone: "." and ".." must never name a folder outside the store.
  if (path.dirname(dir) !== path.resolve(root)) {
    throw new Error(`tenant ${JSON.stringify(tenant)} cannot name a folder`);
  }
  return dir;
}

/** Bytes a decoded profile holds in its typed arrays and strings (what the cache counts). */
function decodedBytes(p: PprofProfile): number {
  let n = 0;
  for (const v of Object.values(p)) {
    if (ArrayBuffer.isView(v)) {
      n += v.byteLength;
    }
  }
  return n + p.strings.reduce((a, s) => a + 2 * s.length + 16, 0);
}

export interface StoreOptions {
  /** Profiles ending longer ago than this are dropped (0: kept forever). */
  retentionMs?: number;
  now?: Clock;
  /** Where recovery reports what it did (the sandbox's log). */
  report?: (message: string) => void;
  /** Bytes of decoded profiles kept in memory between queries. */
  cacheBytes?: number;
}

export class ProfileStore {
  private readonly byTenant = new Map<string, StoredProfile[]>();
  private readonly retentionMs: number;
  private readonly now: Clock;
  private readonly report: (message: string) => void;
  private readonly cacheBytes: number;
  /** Decoded profiles, least recently used first (a Map keeps insertion order). */
  private readonly cache = new Map<string, { decoded: DecodedProfile; bytes: number }>();
  private cachedBytes = 0;

  constructor(
    readonly dir: string,
    opts: StoreOptions = {}
  ) {
    this.retentionMs = opts.retentionMs ?? 0;
    this.now = opts.now ?? systemClock;
    this.report = opts.report ?? ((m) => console.warn(m));
    this.cacheBytes = opts.cacheBytes ?? 128 * 1024 * 1024;
    fs.mkdirSync(dir, { recursive: true });
    this.replay();
  }

  /** Profiles of a tenant, oldest first. */
  profiles(tenant: string): readonly StoredProfile[] {
    return this.byTenant.get(tenant) ?? [];
  }

  /**
   * Stores a profile durably. `bytes` must already decode (callers validate first, so a corrupt
   * upload never reaches the log).
   */
  add(
    tenant: string,
    labels: Record<string, string>,
    startMs: number,
    endMs: number,
    bytes: Uint8Array,
    profile = decodePprof(bytes)
  ): StoredProfile {
    // A UUID, as Pyroscope gives each ingested profile (its profile_id, what exemplars name); records
    // written before keep the ids they were stored with.
    const id = crypto.randomUUID();
    const split = splitSeries(labels, profile);
    const series = split.map(({ labels: l, totals }) => ({ labels: l, totals }));
    const header: Header = {
      id,
      labels,
      startMs,
      endMs,
      series,
      typeIds: profileTypeIds(labels.__name__ ?? 'unknown', profile),
    };
    const dir = tenantDir(this.dir, tenant);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'profiles.log');
    const record = encodeRecord(header, bytes);
    const fd = fs.openSync(file, 'a');
    let at: number;
    try {
      at = fs.fstatSync(fd).size;
      fs.writeSync(fd, record);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Not cached: a stream of ingests would only churn the cache; queries read back what they need.
    return this.index(tenant, header, file, at + record.length - bytes.length, bytes.length);
  }

  /** A stored profile decoded (from the cache, or read back from its log). */
  load(p: StoredProfile): DecodedProfile {
    const hit = this.cache.get(p.id);
    if (hit) {
      this.cache.delete(p.id);
      this.cache.set(p.id, hit);
      return hit.decoded;
    }
    const fd = fs.openSync(p.file, 'r');
    const body = new Uint8Array(p.bodyLength);
    try {
      fs.readSync(fd, body, 0, p.bodyLength, p.bodyStart);
    } finally {
      fs.closeSync(fd);
    }
    const profile = decodePprof(body);
    const decoded = { profile, seriesSamples: splitSeries(p.labels, profile).map((s) => s.samples) };
    this.remember(p.id, decoded);
    return decoded;
  }

  private remember(id: string, decoded: DecodedProfile): void {
    const bytes = decodedBytes(decoded.profile);
    this.cache.set(id, { decoded, bytes });
    this.cachedBytes += bytes;
    for (const [key, entry] of this.cache) {
      if (this.cachedBytes <= this.cacheBytes || key === id) {
        break;
      }
      this.cache.delete(key);
      this.cachedBytes -= entry.bytes;
    }
  }

  private index(tenant: string, h: Header, file: string, bodyStart: number, bodyLength: number): StoredProfile {
    const stored: StoredProfile = {
      id: h.id,
      tenant,
      labels: h.labels,
      series: h.series ?? [],
      startMs: h.startMs,
      endMs: h.endMs,
      typeIds: h.typeIds ?? [],
      file,
      bodyStart,
      bodyLength,
    };
    let list = this.byTenant.get(tenant);
    if (!list) {
      list = [];
      this.byTenant.set(tenant, list);
    }
    list.push(stored);
    return stored;
  }

  private replay(): void {
    for (const entry of fs.readdirSync(this.dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) {
        continue;
      }
      const tenant = decodeURIComponent(entry.name);
      const file = path.join(this.dir, entry.name, 'profiles.log');
      if (fs.existsSync(file)) {
        this.recover(tenant, file);
      }
    }
    this.applyRetention();
  }

  /**
   * Reads a tenant's log back: every intact record is indexed; damaged ranges are moved to a file
   * beside the log, which is then rewritten with the intact records only (and in the checksummed
   * format, for a log written before it).
   */
  private recover(tenant: string, file: string): void {
    const data = fs.readFileSync(file);
    const scan = scanLog(data, isHeader);
    // A record from before headers carried the index is decoded once to index it; one whose body
    // no longer decodes is damage like any other.
    const withIndex = (h: Header, body: Uint8Array): Header | undefined => {
      if (h.series && h.typeIds) {
        return h;
      }
      try {
        const profile = decodePprof(body);
        const series = splitSeries(h.labels, profile).map(({ labels, totals }) => ({ labels, totals }));
        return { ...h, series, typeIds: profileTypeIds(h.labels.__name__ ?? 'unknown', profile) };
      } catch {
        return undefined;
      }
    };
    const good: typeof scan.records = [];
    const headers: Header[] = [];
    for (const r of scan.records) {
      const h = withIndex(r.header, new Uint8Array(data.subarray(r.bodyStart, r.bodyStart + r.bodyLength)));
      if (h) {
        good.push(r);
        headers.push(h);
      } else {
        scan.damaged.push([r.start, r.end]);
      }
    }
    scan.records = good;
    scan.damaged.sort((a, b) => a[0] - b[0]);
    if (scan.damaged.length > 0) {
      const aside = `${file}.damaged-${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}`;
      writeDurably(aside, Buffer.concat(scan.damaged.map(([a, b]) => data.subarray(a, b))));
      const bytes = scan.damaged.reduce((n, [a, b]) => n + b - a, 0);
      const where = scan.damaged.map(([a, b]) => `${a}-${b}`).join(', ');
      this.report(
        `store: tenant ${JSON.stringify(tenant)}: ${scan.records.length} intact records kept; ${bytes} damaged bytes (offsets ${where}) moved to ${path.basename(aside)}`
      );
    }
    if (scan.damaged.length > 0 || scan.legacy) {
      const records = scan.records.map((r, i) =>
        encodeRecord(headers[i], data.subarray(r.bodyStart, r.bodyStart + r.bodyLength))
      );
      writeDurably(file, Buffer.concat(records));
      let at = 0;
      records.forEach((rec, i) => {
        const bodyLength = scan.records[i].bodyLength;
        this.index(tenant, headers[i], file, at + rec.length - bodyLength, bodyLength);
        at += rec.length;
      });
      return;
    }
    scan.records.forEach((r, i) => this.index(tenant, headers[i], file, r.bodyStart, r.bodyLength));
  }

  /** Drops profiles older than the retention, rewriting each tenant's log atomically. */
  applyRetention(now = this.now()): number {
    if (!this.retentionMs) {
      return 0;
    }
    const cutoff = now - this.retentionMs;
    let dropped = 0;
    for (const [tenant, list] of this.byTenant) {
      const keep = list.filter((p) => p.endMs >= cutoff);
      if (keep.length === list.length) {
        continue;
      }
      dropped += list.length - keep.length;
      const file = path.join(tenantDir(this.dir, tenant), 'profiles.log');
      const data = fs.readFileSync(file);
      const keepIds = new Set(keep.map((p) => p.id));
      const kept = scanLog(data, isHeader).records.filter((r) => keepIds.has(r.header.id));
      writeDurably(file, Buffer.concat(kept.map((r) => data.subarray(r.start, r.end))));
      this.byTenant.set(tenant, []);
      let at = 0;
      for (const r of kept) {
        this.index(tenant, r.header, file, at + (r.bodyStart - r.start), r.bodyLength);
        at += r.end - r.start;
      }
      for (const p of list) {
        if (!keepIds.has(p.id)) {
          this.forget(p.id);
        }
      }
    }
    return dropped;
  }

  private forget(id: string): void {
    const entry = this.cache.get(id);
    if (entry) {
      this.cache.delete(id);
      this.cachedBytes -= entry.bytes;
    }
  }
}

/** Writes a file whole and durably: to a temporary name, fsynced, then renamed over. */
function writeDurably(file: string, data: Buffer): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, data);
  const fd = fs.openSync(tmp, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

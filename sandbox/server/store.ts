/**
 * The sandbox's durable profile store. Each tenant has an append-only log of records
 * (header JSON + the profile bytes exactly as received); a record is written and fsynced before
 * the ingest answers 200, so a SIGKILL loses nothing that was acknowledged. On start the log is
 * replayed; a torn record at the tail (a crash mid-write, never acknowledged) is cut off.
 *
 *   record = u32 headerLength | header JSON | u32 bodyLength | body
 */
import { Clock, systemClock } from '../../src/time/clock';
import * as fs from 'fs';
import * as path from 'path';
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
  series: ProfileSeries[];
  tenant: string;
  /** Series labels: __name__, service_name, and the rest. */
  labels: Record<string, string>;
  startMs: number;
  endMs: number;
  profile: PprofProfile;
  /** Profile type ids, one per sample type: name:type:unit:periodType:periodUnit. */
  typeIds: string[];
}

interface Header {
  id: string;
  labels: Record<string, string>;
  startMs: number;
  endMs: number;
}

export function profileTypeIds(name: string, p: PprofProfile): string[] {
  const pt = p.periodType ?? { type: '', unit: '' };
  return p.sampleTypes.map((st) => `${name}:${st.type}:${st.unit}:${pt.type}:${pt.unit}`);
}

function tenantDir(root: string, tenant: string): string {
  return path.join(root, encodeURIComponent(tenant));
}

export class ProfileStore {
  private readonly byTenant = new Map<string, StoredProfile[]>();
  private nextId = 1;

  constructor(
    readonly dir: string,
    readonly retentionMs = 0,
    private readonly now: Clock = systemClock
  ) {
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
    const header: Header = { id: `${this.now().toString(36)}-${(this.nextId++).toString(36)}`, labels, startMs, endMs };
    const dir = tenantDir(this.dir, tenant);
    fs.mkdirSync(dir, { recursive: true });
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const record = Buffer.alloc(8 + headerBytes.length + bytes.length);
    record.writeUInt32LE(headerBytes.length, 0);
    headerBytes.copy(record, 4);
    record.writeUInt32LE(bytes.length, 4 + headerBytes.length);
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).copy(record, 8 + headerBytes.length);
    const fd = fs.openSync(path.join(dir, 'profiles.log'), 'a');
    try {
      fs.writeSync(fd, record);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return this.index(tenant, header, profile);
  }

  private index(tenant: string, h: Header, profile: PprofProfile): StoredProfile {
    const stored: StoredProfile = {
      id: h.id,
      tenant,
      labels: h.labels,
      series: splitSeries(h.labels, profile),
      startMs: h.startMs,
      endMs: h.endMs,
      profile,
      typeIds: profileTypeIds(h.labels.__name__ ?? 'unknown', profile),
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
      if (!fs.existsSync(file)) {
        continue;
      }
      const data = fs.readFileSync(file);
      let off = 0;
      while (off + 4 <= data.length) {
        const hl = data.readUInt32LE(off);
        if (off + 8 + hl > data.length) {
          break;
        }
        const bl = data.readUInt32LE(off + 4 + hl);
        const end = off + 8 + hl + bl;
        if (end > data.length) {
          break;
        }
        const header = JSON.parse(data.subarray(off + 4, off + 4 + hl).toString('utf8')) as Header;
        const body = new Uint8Array(data.subarray(off + 8 + hl, end));
        this.index(tenant, header, decodePprof(body));
        off = end;
      }
      if (off < data.length) {
        // A torn tail: the write that made it was never acknowledged.
        fs.truncateSync(file, off);
      }
    }
    this.applyRetention();
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
      const dir = tenantDir(this.dir, tenant);
      const file = path.join(dir, 'profiles.log');
      const data = fs.readFileSync(file);
      const keepIds = new Set(keep.map((p) => p.id));
      const parts: Buffer[] = [];
      let off = 0;
      while (off + 4 <= data.length) {
        const hl = data.readUInt32LE(off);
        const bl = data.readUInt32LE(off + 4 + hl);
        const end = off + 8 + hl + bl;
        const header = JSON.parse(data.subarray(off + 4, off + 4 + hl).toString('utf8')) as Header;
        if (keepIds.has(header.id)) {
          parts.push(data.subarray(off, end));
        }
        off = end;
      }
      const tmp = `${file}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat(parts));
      const fd = fs.openSync(tmp, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(tmp, file);
      this.byTenant.set(tenant, keep);
    }
    return dropped;
  }
}

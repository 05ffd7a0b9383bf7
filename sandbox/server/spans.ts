/** The demo's spans (trace id, span id, name, service, start, end), kept per tenant in memory and on disk. */
import * as fs from 'fs';
import * as path from 'path';

export interface Span {
  traceId: string;
  spanId: string;
  name: string;
  service: string;
  startMs: number;
  endMs: number;
  attributes?: Record<string, string>;
}

const MAX_SPANS = 5000;

export function isSpan(v: unknown): v is Span {
  const s = v as Span;
  return (
    !!s &&
    /^[0-9a-f]{32}$/.test(s.traceId) &&
    /^[0-9a-f]{16}$/.test(s.spanId) &&
    typeof s.name === 'string' &&
    typeof s.service === 'string' &&
    Number.isFinite(s.startMs) &&
    Number.isFinite(s.endMs) &&
    s.endMs >= s.startMs
  );
}

/**
 * Spans per tenant: each tenant's in memory and in its own file (`<dir>/<tenant>/spans.jsonl`), so
 * one tenant never reads another's.
 */
export class SpanStore {
  private readonly byTenant = new Map<string, Span[]>();

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name, 'spans.jsonl');
      if (entry.isDirectory() && fs.existsSync(file)) {
        this.byTenant.set(decodeURIComponent(entry.name), readSpans(file));
      }
    }
  }

  private fileOf(tenant: string): string {
    const folder = path.resolve(this.dir, encodeURIComponent(tenant));
    if (path.dirname(folder) !== path.resolve(this.dir)) {
      throw new Error(`tenant ${JSON.stringify(tenant)} cannot name a folder`);
    }
    fs.mkdirSync(folder, { recursive: true });
    return path.join(folder, 'spans.jsonl');
  }

  add(tenant: string, spans: Span[]): void {
    fs.appendFileSync(this.fileOf(tenant), spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const list = this.byTenant.get(tenant) ?? [];
    list.push(...spans);
    list.splice(0, Math.max(0, list.length - MAX_SPANS));
    this.byTenant.set(tenant, list);
  }

  /** A tenant's spans, newest first. */
  list(tenant: string, filter: { service?: string; traceId?: string; limit?: number } = {}): Span[] {
    const out = (this.byTenant.get(tenant) ?? []).filter(
      (s) => (!filter.service || s.service === filter.service) && (!filter.traceId || s.traceId === filter.traceId)
    );
    return out.reverse().slice(0, filter.limit ?? 200);
  }
}

function readSpans(file: string): Span[] {
  const spans: Span[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    try {
      const s: unknown = JSON.parse(line);
      if (isSpan(s)) {
        spans.push(s);
      }
    } catch {
      // A torn last line after a crash: skip it.
    }
  }
  return spans.slice(Math.max(0, spans.length - MAX_SPANS));
}

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

/** Spans one request may send. */
export const MAX_SPANS = 5000;
/**
 * Spans kept per tenant, newest: the demo records about 40 a second, so this keeps its last half
 * hour, the span table's default range and then some (5,000 kept four minutes: most "Open trace"
 * links of a 15-minute dashboard led nowhere).
 */
export const KEPT_SPANS = 80_000;
/** The longest name, service or attribute value (characters), and the most attributes a span has. */
const MAX_TEXT = 1024;
const MAX_ATTRIBUTES = 64;

/** The most of a spans file read at start (its tail): a file damaged past this size still starts. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

const shortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/** What is wrong with a span, naming the field; undefined for a valid one. */
export function spanProblem(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    return 'a span is a JSON object';
  }
  const s = v as Partial<Record<keyof Span, unknown>>;
  if (typeof s.traceId !== 'string' || !/^[0-9a-f]{32}$/.test(s.traceId)) {
    return 'traceId must be 32 lowercase hex digits';
  }
  if (typeof s.spanId !== 'string' || !/^[0-9a-f]{16}$/.test(s.spanId)) {
    return 'spanId must be 16 lowercase hex digits';
  }
  for (const field of ['name', 'service'] as const) {
    if (!shortText(s[field])) {
      return `${field} must be a string of at most ${MAX_TEXT} characters`;
    }
  }
  if (!Number.isFinite(s.startMs) || !Number.isFinite(s.endMs) || (s.endMs as number) < (s.startMs as number)) {
    return 'startMs and endMs must be numbers (milliseconds), with endMs ≥ startMs';
  }
  const attributes = s.attributes;
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      return 'attributes must be an object of strings';
    }
    const entries = Object.entries(attributes);
    if (entries.length > MAX_ATTRIBUTES) {
      return `at most ${MAX_ATTRIBUTES} attributes`;
    }
    const bad = entries.find(([k, a]) => k.length > MAX_TEXT || !shortText(a));
    if (bad) {
      return `attribute ${JSON.stringify(bad[0].slice(0, 64))} must be a string of at most ${MAX_TEXT} characters`;
    }
  }
  return undefined;
}

export function isSpan(v: unknown): v is Span {
  return spanProblem(v) === undefined;
}

/**
 * Spans per tenant: each tenant's in memory and in its own file (`<dir>/<tenant>/spans.jsonl`), so
 * one tenant never reads another's.
 */
export class SpanStore {
  private readonly byTenant = new Map<string, Span[]>();
  /** Lines in each tenant's file, to know when to compact it. */
  private readonly lines = new Map<string, number>();

  /** The file is rewritten with the kept spans once it holds twice as many lines: it never grows without end. */
  constructor(
    private readonly dir: string,
    private readonly keep = KEPT_SPANS
  ) {
    fs.mkdirSync(dir, { recursive: true });
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name, 'spans.jsonl');
      if (entry.isDirectory() && fs.existsSync(file)) {
        const { spans, lines } = readSpans(file, keep);
        this.byTenant.set(decodeURIComponent(entry.name), spans);
        this.lines.set(decodeURIComponent(entry.name), lines);
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

  /** Stores valid spans (isSpan, at most MAX_SPANS of them: the API checks both first). */
  add(tenant: string, spans: Span[]): void {
    const file = this.fileOf(tenant);
    fs.appendFileSync(file, spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const list = this.byTenant.get(tenant) ?? [];
    // One at a time: spreading a large array into push overflows the call stack.
    for (const s of spans) {
      list.push(s);
    }
    list.splice(0, Math.max(0, list.length - this.keep));
    this.byTenant.set(tenant, list);
    const lines = (this.lines.get(tenant) ?? 0) + spans.length;
    if (lines >= 2 * this.keep) {
      // Written aside and renamed over: a crash mid-way leaves the old file whole.
      fs.writeFileSync(`${file}.tmp`, list.map((s) => JSON.stringify(s)).join('\n') + '\n');
      fs.renameSync(`${file}.tmp`, file);
      this.lines.set(tenant, list.length);
    } else {
      this.lines.set(tenant, lines);
    }
  }

  /** A tenant's spans, newest first. */
  list(tenant: string, filter: { service?: string; traceId?: string; limit?: number } = {}): Span[] {
    const out = (this.byTenant.get(tenant) ?? []).filter(
      (s) => (!filter.service || s.service === filter.service) && (!filter.traceId || s.traceId === filter.traceId)
    );
    return out.reverse().slice(0, filter.limit ?? 200);
  }
}

function readSpans(file: string, keep: number): { spans: Span[]; lines: number } {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  let text: string;
  try {
    const length = Math.min(size, MAX_READ_BYTES);
    const buf = Buffer.alloc(length);
    fs.readSync(fd, buf, 0, length, size - length);
    text = buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  const lines = text.split('\n');
  if (size > MAX_READ_BYTES) {
    lines.shift(); // Read from the middle of a line.
  }
  const spans: Span[] = [];
  for (const line of lines) {
    try {
      const s: unknown = JSON.parse(line);
      if (isSpan(s)) {
        spans.push(s);
      }
    } catch {
      // A torn last line after a crash: skip it.
    }
  }
  return { spans: spans.slice(Math.max(0, spans.length - keep)), lines: lines.length };
}

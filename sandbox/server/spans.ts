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

export class SpanStore {
  private readonly spans: Span[] = [];
  private readonly file: string;

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, 'spans.jsonl');
    if (fs.existsSync(this.file)) {
      for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
        try {
          const s: unknown = JSON.parse(line);
          if (isSpan(s)) {
            this.spans.push(s);
          }
        } catch {
          // A torn last line after a crash: skip it.
        }
      }
      this.spans.splice(0, Math.max(0, this.spans.length - MAX_SPANS));
    }
  }

  add(spans: Span[]): void {
    fs.appendFileSync(this.file, spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
    this.spans.push(...spans);
    this.spans.splice(0, Math.max(0, this.spans.length - MAX_SPANS));
  }

  /** Newest first. */
  list(filter: { service?: string; traceId?: string; limit?: number } = {}): Span[] {
    const out = this.spans.filter(
      (s) => (!filter.service || s.service === filter.service) && (!filter.traceId || s.traceId === filter.traceId)
    );
    return out.reverse().slice(0, filter.limit ?? 200);
  }
}

/** The span store keeps its file bounded and starts over files it did not write whole. */
import * as fs from 'fs';
import * as path from 'path';
import { MAX_SPANS, Span, SpanStore } from './spans';
import { tempDir } from './testing';

const spanAt = (i: number): Span => ({
  traceId: i.toString(16).padStart(32, '0'),
  spanId: i.toString(16).padStart(16, '0'),
  name: `span ${i}`,
  service: 'svc',
  startMs: i,
  endMs: i + 1,
});

const lineCount = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length;

describe('SpanStore', () => {
  it('rewrites its file with the kept spans once it holds twice as many lines', () => {
    const dir = tempDir();
    // Keeping one request's worth, so two fill the file.
    const store = new SpanStore(dir, MAX_SPANS);
    for (let batch = 0; batch < 4; batch++) {
      store.add(
        't',
        Array.from({ length: MAX_SPANS }, (_, i) => spanAt(batch * MAX_SPANS + i))
      );
    }
    const file = path.join(dir, 't', 'spans.jsonl');
    expect(lineCount(file)).toBe(MAX_SPANS);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    // The newest are the ones kept, in the file as in memory.
    expect(store.list('t', { limit: 1 })[0].name).toBe(`span ${4 * MAX_SPANS - 1}`);
    expect(new SpanStore(dir, MAX_SPANS).list('t', { limit: MAX_SPANS })).toEqual(
      store.list('t', { limit: MAX_SPANS })
    );
  });

  it("lists one trace's spans with traceId=, newest first, and nothing for an unknown trace", () => {
    const store = new SpanStore(tempDir());
    const trace = 'ab'.repeat(16);
    store.add('t', [spanAt(1), { ...spanAt(2), traceId: trace }, spanAt(3), { ...spanAt(4), traceId: trace }]);
    store.add('other', [{ ...spanAt(5), traceId: trace }]);
    expect(store.list('t', { traceId: trace }).map((s) => s.name)).toEqual(['span 4', 'span 2']);
    expect(store.list('t', { traceId: trace, service: 'nope' })).toEqual([]);
    expect(store.list('t', { traceId: 'cd'.repeat(16) })).toEqual([]);
    // Another tenant's span of the same trace stays there.
    expect(store.list('other', { traceId: trace }).map((s) => s.name)).toEqual(['span 5']);
  });

  it('starts over a file with torn lines and garbage, keeping the valid spans', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 't'));
    const lines = [JSON.stringify(spanAt(1)), '{"traceId": "torn', 'null', '[]', JSON.stringify(spanAt(2)), '{"a":'];
    fs.writeFileSync(path.join(dir, 't', 'spans.jsonl'), lines.join('\n'));
    expect(new SpanStore(dir).list('t').map((s) => s.name)).toEqual(['span 2', 'span 1']);
  });
});

import { decodeText, parseFolded } from './folded';
import { FlamelensError } from '../errors';
import { readSharedFixture, sharedFixtureFiles, sharedFixturesAvailable } from '../testing/fixtures';
import { gunzipSync } from 'fflate';

describe('parseFolded', () => {
  it('accepts CRLF line ends', () => {
    expect(parseFolded('a;b 1\r\na 2\r\n').tree.total[0]).toBe(3);
  });

  it('accepts UTF-16 with a byte-order mark', () => {
    const text = 'a;b 1\na 2\n';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i);
    }
    expect(parseFolded(decodeText(le)).tree.total[0]).toBe(3);
  });

  it('rejects a bad count with its line number', () => {
    expect(() => parseFolded('a;b 1\na;c -3\n')).toThrow(/line 2/);
    expect(() => parseFolded('a;b 12abc\n')).toThrow(FlamelensError);
  });

  it('says binary input is binary, quoting it escaped rather than echoing raw bytes', () => {
    const binary = decodeText(new Uint8Array([0x61, 0x20, 0x34, 0x01, 0xff, 0x50, 0x4b, 0x03]));
    expect(() => parseFolded(binary)).toThrow(
      'line 1: "4\\u0001\\ufffdPK\\u0003" is not a count (a non-negative number): this looks like binary data, not folded text'
    );
  });

  it('skips lines without a count and reports them', () => {
    const r = parseFolded('# comment\na;b 2\nnot a stack\n');
    expect(r.skippedLines).toEqual([1, 3]);
    expect(r.tree.total[0]).toBe(2);
  });

  it('rejects input with no stacks at all', () => {
    expect(() => parseFolded('\n\n')).toThrow(/no folded stacks/);
  });

  const files = sharedFixtureFiles('folded');
  (sharedFixturesAvailable() ? it : it.skip)(`parses every shared folded fixture (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const raw = readSharedFixture(`folded/${f.split('/').pop()}`);
      const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
      const { tree } = parseFolded(decodeText(bytes));
      expect(tree.total[0]).toBeGreaterThan(0);
    }
    // eslint-disable-next-line no-console
    console.log(`folded fixtures run: ${files.length}`);
  });
});

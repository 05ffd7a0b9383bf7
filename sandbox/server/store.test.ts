import * as fs from 'fs';
import * as path from 'path';
import { ProfileStore } from './store';
import { tempDir } from './testing';
import { recordedFixtures } from '../../src/testing/recorded';

const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
const DAY = 86400e3;

describe('ProfileStore', () => {
  it('drops profiles older than the retention, on disk too', () => {
    const dir = tempDir();
    // A fixed "now" from an injected clock: the reopened store applies retention against it too.
    const now = Date.UTC(2024, 1, 29, 12);
    const clock = () => now;
    const store = new ProfileStore(dir, { retentionMs: 7 * DAY, now: clock });
    store.add('t', { __name__: 'wall', service_name: 'old' }, now - 10 * DAY, now - 10 * DAY + 10e3, wall.bytes);
    store.add('t', { __name__: 'wall', service_name: 'new' }, now - DAY, now - DAY + 10e3, wall.bytes);
    expect(store.applyRetention()).toBe(1);
    expect(store.profiles('t').map((p) => p.labels.service_name)).toEqual(['new']);
    const reopened = new ProfileStore(dir, { retentionMs: 7 * DAY, now: clock });
    expect(reopened.profiles('t').map((p) => p.labels.service_name)).toEqual(['new']);
  });

  /** A log of `n` acknowledged records (services s0…s(n-1)), its file, and each record's byte range. */
  function logOf(n: number) {
    const dir = tempDir();
    const store = new ProfileStore(dir, { report: () => undefined });
    const file = path.join(dir, 't', 'profiles.log');
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) {
      const start = fs.existsSync(file) ? fs.statSync(file).size : 0;
      store.add('t', { __name__: 'wall', service_name: `s${i}` }, i, i + 1, wall.bytes);
      ranges.push([start, fs.statSync(file).size]);
    }
    return { dir, file, ranges };
  }

  /** Reopens the store; what it kept, what it reported, and what it set aside. */
  function reopen(dir: string) {
    const reports: string[] = [];
    const store = new ProfileStore(dir, { report: (m) => reports.push(m) });
    const kept = store.profiles('t').map((p) => p.labels.service_name);
    const aside = fs.readdirSync(path.join(dir, 't')).filter((f) => f.includes('.damaged-'));
    // Every kept profile still decodes from disk.
    store.profiles('t').forEach((p) => expect(store.load(p).profile.sampleCount).toBeGreaterThan(0));
    return { store, kept, reports, aside };
  }

  const names = (n: number, except: number[] = []) =>
    Array.from({ length: n }, (_, i) => `s${i}`).filter((_, i) => !except.includes(i));

  it('keeps every intact record when a length field in the middle is corrupt, and sets the damage aside', () => {
    const { dir, file, ranges } = logOf(6);
    const data = fs.readFileSync(file);
    data.writeUInt32LE(0xffffff, ranges[2][0] + 4); // record 2's header length
    fs.writeFileSync(file, data);
    const r = reopen(dir);
    expect(r.kept).toEqual(names(6, [2]));
    expect(r.reports).toEqual([
      expect.stringMatching(/5 intact records kept; \d+ damaged bytes .* moved to profiles\.log\.damaged-/),
    ]);
    expect(fs.statSync(path.join(dir, 't', r.aside[0])).size).toBe(ranges[2][1] - ranges[2][0]);
    // The log was rewritten with the intact records: the next start finds nothing to repair.
    expect(reopen(dir).reports).toEqual([]);
  });

  it('keeps every intact record when a payload byte is flipped (the checksum catches it)', () => {
    const { dir, file, ranges } = logOf(5);
    const data = fs.readFileSync(file);
    data[ranges[3][1] - 10] ^= 0xff;
    fs.writeFileSync(file, data);
    expect(reopen(dir).kept).toEqual(names(5, [3]));
  });

  it.each([
    ['a zero-filled tail', Buffer.alloc(4096)],
    ['a garbage tail', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251))],
    ['a torn last write', Buffer.from('FLR2\x40\x00\x00\x00\x10', 'latin1')],
  ])('repairs %s instead of failing to start, keeping every record', (_what, tail) => {
    const { dir, file } = logOf(4);
    const good = fs.statSync(file).size;
    fs.appendFileSync(file, tail);
    const r = reopen(dir);
    expect(r.kept).toEqual(names(4));
    expect(r.reports).toHaveLength(1);
    expect(fs.statSync(file).size).toBe(good);
  });

  it('reads a log written before records had checksums, and rewrites it with them', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 't'));
    const file = path.join(dir, 't', 'profiles.log');
    const record = (service: string) => {
      const header = Buffer.from(
        JSON.stringify({ id: service, labels: { __name__: 'wall', service_name: service }, startMs: 1, endMs: 2 })
      );
      const out = Buffer.alloc(8 + header.length + wall.bytes.length);
      out.writeUInt32LE(header.length, 0);
      header.copy(out, 4);
      out.writeUInt32LE(wall.bytes.length, 4 + header.length);
      Buffer.from(wall.bytes).copy(out, 8 + header.length);
      return out;
    };
    fs.writeFileSync(file, Buffer.concat([record('old1'), record('old2')]));
    expect(reopen(dir).kept).toEqual(['old1', 'old2']);
    expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('FLR2');
    expect(reopen(dir).kept).toEqual(['old1', 'old2']);
  });

  it('keeps only an index in memory and reads profiles back from disk through a bounded cache', () => {
    const dir = tempDir();
    const store = new ProfileStore(dir, { cacheBytes: 1, report: () => undefined });
    for (let i = 0; i < 3; i++) {
      store.add('t', { __name__: 'wall', service_name: `s${i}` }, i, i + 1, wall.bytes);
    }
    const [a, b] = store.profiles('t');
    // With a one-byte budget only the last profile loaded stays: loading another evicts it.
    const first = store.load(a);
    expect(store.load(a)).toBe(first);
    store.load(b);
    expect(store.load(a)).not.toBe(first);
    expect(store.load(a).profile.totals).toEqual(store.load(b).profile.totals);
  });

  it('keeps tenants apart on disk', () => {
    const dir = tempDir();
    const store = new ProfileStore(dir);
    store.add('team/a', { __name__: 'wall' }, 1, 2, wall.bytes);
    expect(new ProfileStore(dir).profiles('team/a')).toHaveLength(1);
    expect(new ProfileStore(dir).profiles('team')).toHaveLength(0);
  });
});

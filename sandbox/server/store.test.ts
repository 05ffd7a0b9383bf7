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
    const store = new ProfileStore(dir, 7 * DAY, clock);
    store.add('t', { __name__: 'wall', service_name: 'old' }, now - 10 * DAY, now - 10 * DAY + 10e3, wall.bytes);
    store.add('t', { __name__: 'wall', service_name: 'new' }, now - DAY, now - DAY + 10e3, wall.bytes);
    expect(store.applyRetention()).toBe(1);
    expect(store.profiles('t').map((p) => p.labels.service_name)).toEqual(['new']);
    const reopened = new ProfileStore(dir, 7 * DAY, clock);
    expect(reopened.profiles('t').map((p) => p.labels.service_name)).toEqual(['new']);
  });

  it('cuts a torn record at the tail (a write that was never acknowledged) and keeps the rest', () => {
    const dir = tempDir();
    const store = new ProfileStore(dir);
    store.add('t', { __name__: 'wall', service_name: 'a' }, 1, 2, wall.bytes);
    const file = path.join(dir, 't', 'profiles.log');
    const good = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.from([200, 0, 0, 0, 123, 34]));
    const reopened = new ProfileStore(dir);
    expect(reopened.profiles('t')).toHaveLength(1);
    expect(fs.statSync(file).size).toBe(good);
  });

  it('keeps tenants apart on disk', () => {
    const dir = tempDir();
    const store = new ProfileStore(dir);
    store.add('team/a', { __name__: 'wall' }, 1, 2, wall.bytes);
    expect(new ProfileStore(dir).profiles('team/a')).toHaveLength(1);
    expect(new ProfileStore(dir).profiles('team')).toHaveLength(0);
  });
});

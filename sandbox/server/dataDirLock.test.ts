import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { LOCK_FILE, lockDataDir } from './dataDirLock';
import { tempDir } from './testing';

describe('data directory lock', () => {
  it('refuses a second sandbox on a directory a live process holds, naming it and the way out', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir, process.pid + 1)).toThrow(
      `the data directory ${dir} is in use by another sandbox (pid ${process.pid}): stop that one, or give this one its own FLAMELENS_DATA_DIR`
    );
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = tempDir();
    // A pid that was real and is now gone: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${dead}\n`);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('takes over a lock file that holds no pid (torn write)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    lockDataDir(dir)();
  });

  it("leaves another owner's lock in place on release", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    fs.writeFileSync(path.join(dir, LOCK_FILE), '1\n');
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });
});

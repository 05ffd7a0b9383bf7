/**
 * One sandbox per data directory. Two servers on one directory each rewrite profiles.log on start
 * and after retention, so the first one's offsets point into the other's file and its queries fail.
 * The lock file holds the owner's pid: a lock left by a process that has died (killed, crashed) is
 * taken over, a live owner's is refused with a message that says what to do.
 */
import * as fs from 'fs';
import * as path from 'path';

export const LOCK_FILE = 'sandbox.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data directory's lock for `pid`; returns its release. Throws when a live process holds it. */
export function lockDataDir(dir: string, pid = process.pid): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        throw e;
      }
      const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new Error(
          `the data directory ${dir} is in use by another sandbox (pid ${holder}): stop that one, or give this one its own FLAMELENS_DATA_DIR`
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  return () => {
    try {
      if (Number.parseInt(fs.readFileSync(file, 'utf8'), 10) === pid) {
        fs.rmSync(file, { force: true });
      }
    } catch {
      // Already gone.
    }
  };
}

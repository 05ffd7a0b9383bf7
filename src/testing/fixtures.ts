/**
 * Access to the shared real-data corpus (../shared/fixtures) for tests. The corpus is optional: a
 * checkout without it runs on the project's own recorded fixtures instead.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const SHARED_FIXTURES = path.join(SHARED_DIR, 'fixtures');

/**
 * True when ../shared is present: the corpus tests then run, and fail if they find no files
 * (a missing or emptied corpus must not pass silently).
 */
export function sharedFixturesAvailable(): boolean {
  return fs.existsSync(SHARED_DIR);
}

/** Files of one corpus folder (e.g. 'pprof'), absolute paths, sorted; [] without the corpus. */
export function sharedFixtureFiles(folder: string): string[] {
  const dir = path.join(SHARED_FIXTURES, folder);
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
}

export function readSharedFixture(relative: string): Buffer {
  return fs.readFileSync(path.join(SHARED_FIXTURES, relative));
}

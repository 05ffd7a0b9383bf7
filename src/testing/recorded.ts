/**
 * Profiles this project recorded itself with a real profiler (scripts/record-fixtures.cjs), with
 * figures computed by an independent decoder: the suite's fallback when ../shared is absent.
 */
import * as fs from 'fs';
import * as path from 'path';

export const RECORDED_DIR = path.resolve(__dirname, '../../fixtures/recorded');

export interface RecordedFixture {
  file: string;
  bytes: Uint8Array;
  expected: { sampleTypes: string[]; samples: number; locations: number; functions: number; totals: string[] };
}

export function recordedFixtures(): RecordedFixture[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(RECORDED_DIR, 'manifest.json'), 'utf8'));
  return Object.entries(manifest.files as Record<string, RecordedFixture['expected']>).map(([file, expected]) => ({
    file,
    bytes: new Uint8Array(fs.readFileSync(path.join(RECORDED_DIR, file))),
    expected,
  }));
}

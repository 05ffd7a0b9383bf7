/**
 * protobufjs's static code for the querier messages, generated from proto/ by protobufjs-cli when a
 * benchmark needs it (bench/gen/ is not committed): the reference the protobuf library choice is
 * measured against (BENCHMARKS.md §d).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'gen', 'protobufjs-querier.js');

interface Decoder {
  decode(bytes: Uint8Array): unknown;
}

export interface ProtobufjsQuerier {
  querier: { v1: { SelectMergeStacktracesResponse: Decoder; SelectSeriesResponse: Decoder } };
}

export function loadProtobufjsQuerier(): ProtobufjsQuerier {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Decode and encode only, as a reader of Pyroscope's answers needs: no verify, JSON conversion
  // or delimited variants.
  const args = ['-t', 'static-module', '-w', 'commonjs', '--no-verify', '--no-convert', '--no-delimited'];
  const r = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'pbjs'),
    [...args, '-o', OUT, 'querier/v1/querier.proto'],
    {
      cwd: path.join(ROOT, 'proto'),
      encoding: 'utf8',
    }
  );
  if (r.status !== 0) {
    throw new Error(`pbjs failed: ${r.stderr}`);
  }
  return require(OUT) as ProtobufjsQuerier;
}

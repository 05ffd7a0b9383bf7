/**
 * Reads any profile file Flamelens accepts, telling the format by content, never by file name:
 * pprof (gzipped or raw protobuf), folded stacks (plain, gzipped, UTF-16), or flame bearer JSON
 * (Pyroscope's /pyroscope/render body, a Connect SelectMergeStacktraces answer, or a bare
 * {names, levels} object).
 */
import { FlamelensError } from '../errors';
import { gunzipBounded, isGzip } from '../pprof/gzip';
import { decodePprof, sniffNonProtobuf } from '../pprof/decode';
import type { PprofProfile } from '../pprof/profile';
import { CallTree } from '../tree/callTree';
import { decodeText, parseFolded } from './folded';
import { treeFromFlamebearer } from './flamebearer';

export type LoadedProfile =
  | { format: 'pprof'; profile: PprofProfile }
  | { format: 'folded'; tree: CallTree; stacks: number; skippedLines: number[]; exactTotal?: bigint }
  | { format: 'flamebearer'; tree: CallTree; unit?: string };

function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) {
      return false;
    }
  }
  return true;
}

interface FlamebearerJson {
  names?: unknown;
  levels?: unknown;
}

function flamebearerFromJson(json: unknown): { fb: FlamebearerJson; unit?: string } | undefined {
  if (!json || typeof json !== 'object') {
    return undefined;
  }
  const o = json as Record<string, unknown>;
  if (o.flamebearer && typeof o.flamebearer === 'object') {
    const units = (o.metadata as Record<string, unknown> | undefined)?.units;
    return { fb: o.flamebearer, unit: typeof units === 'string' ? units : undefined };
  }
  if (o.flamegraph && typeof o.flamegraph === 'object') {
    return { fb: o.flamegraph };
  }
  if ('names' in o && 'levels' in o) {
    return { fb: o };
  }
  return undefined;
}

export function loadProfile(input: Uint8Array): LoadedProfile {
  if (input.length === 0) {
    throw new FlamelensError('empty-input', 'empty file: expected pprof, folded stacks or flame bearer JSON');
  }
  const bytes = isGzip(input) ? gunzipBounded(input) : input;
  if (bytes.length === 0) {
    throw new FlamelensError('empty-input', 'the gzip stream holds no data');
  }
  if (looksLikeText(bytes)) {
    const legacy = sniffNonProtobuf(bytes);
    if (legacy && legacy.startsWith('a legacy')) {
      throw new FlamelensError('legacy-profile', `not a protobuf pprof profile: this looks like ${legacy}`);
    }
    const text = decodeText(bytes);
    if (/^\s*[{[]/.test(text)) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new FlamelensError('bad-flamebearer', `invalid JSON: ${(e as Error).message}`);
      }
      const found = flamebearerFromJson(json);
      if (!found || !Array.isArray(found.fb.names) || !Array.isArray(found.fb.levels)) {
        throw new FlamelensError(
          'bad-flamebearer',
          'JSON without a flame graph: expected {flamebearer: {names, levels}}, {flamegraph: {names, levels}} or {names, levels}'
        );
      }
      const levels = (found.fb.levels as unknown[]).map((l) =>
        Array.isArray(l) ? (l as unknown[]) : ((l as { values?: unknown[] })?.values ?? [])
      ) as Array<Array<number | string>>;
      return { format: 'flamebearer', tree: treeFromFlamebearer(found.fb.names as string[], levels), unit: found.unit };
    }
    const { tree, skippedLines, exactTotal } = parseFolded(text);
    const stacks = text.split(/\r?\n/).filter((l) => l.trim() !== '').length - skippedLines.length;
    return { format: 'folded', tree, stacks, skippedLines, exactTotal };
  }
  return { format: 'pprof', profile: decodePprof(bytes) };
}

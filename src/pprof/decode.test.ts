import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'fflate';
import { gunzipSync } from 'zlib';
import { Profile as ReferenceProfile } from 'pprof-format';
import { decodePprof } from './decode';
import { pprofToTree, resolveSampleType } from './toTree';
import { topTable } from '../tree/top';
import { FlamelensError } from '../errors';
import { encodeTreeAsPprof } from './encode';
import { printFolded } from '../formats/folded';
import { nestedSetFrameToTree, treeToNestedSetFrame } from '../frames/nestedSet';
import { SHARED_FIXTURES, sharedFixtureFiles, sharedFixturesAvailable } from '../testing/fixtures';
import { recordedFixtures } from '../testing/recorded';

interface ManifestEntry {
  file: string;
  pprof?: {
    sampleTypes: string[];
    defaultSampleType: string;
    samples: number;
    locations: number;
    functions: number;
    mappings: number;
    totals: string[];
    periodType?: string;
    period?: string;
  };
}

const manifest: ManifestEntry[] = sharedFixturesAvailable()
  ? JSON.parse(fs.readFileSync(path.join(SHARED_FIXTURES, 'manifest.json'), 'utf8'))
  : [];

/** Per-function self of one sample type, from the independent pprof-format decoder. */
function referenceSelf(bytes: Uint8Array, typeIndex: number): Map<string, number> {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const prof = ReferenceProfile.decode(raw);
  const str = (i: number | bigint) => prof.stringTable.strings[Number(i)];
  const fnName = new Map<string, string>();
  for (const f of prof.function) {
    fnName.set(String(f.id), str(f.name) || str(f.systemName));
  }
  const locLeaf = new Map<string, string>();
  for (const l of prof.location) {
    const lines = l.line;
    locLeaf.set(
      String(l.id),
      lines.length > 0
        ? fnName.get(String(lines[0].functionId)) || `0x${Number(l.address).toString(16)}`
        : `0x${Number(l.address).toString(16)}`
    );
  }
  const out = new Map<string, number>();
  for (const s of prof.sample) {
    // pprof-format reads int64 values as unsigned; profile.proto declares them signed.
    const v = Number(BigInt.asIntN(64, BigInt(s.value[typeIndex])));
    if (v === 0 || s.locationId.length === 0) {
      continue;
    }
    const leaf = locLeaf.get(String(s.locationId[0]))!;
    out.set(leaf, (out.get(leaf) ?? 0) + v);
  }
  return out;
}

function checkAgainstReference(file: string, bytes: Uint8Array): void {
  const p = decodePprof(bytes);
  for (let t = 0; t < p.sampleTypes.length; t++) {
    const tree = pprofToTree(p, { sampleType: t });
    expect(BigInt(tree.total[0])).toBe(p.totals[t]);
    const ours = new Map(
      topTable(tree)
        .filter((r) => r.self !== 0)
        .map((r) => [r.name, r.self])
    );
    const ref = referenceSelf(bytes, t);
    expect({ file, type: t, self: Object.fromEntries([...ours].sort()) }).toEqual({
      file,
      type: t,
      self: Object.fromEntries([...ref].sort()),
    });
  }
}

describe('decodePprof on the shared real-profile corpus', () => {
  const files = sharedFixtureFiles('pprof');
  const run = sharedFixturesAvailable() ? it : it.skip;

  run(`matches the independent figures of manifest.json for every pprof file (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(0);
    let checked = 0;
    for (const file of files) {
      const rel = `pprof/${path.basename(file)}`;
      const m = manifest.find((e) => e.file === rel)?.pprof;
      expect(m).toBeDefined();
      const p = decodePprof(new Uint8Array(fs.readFileSync(file)));
      expect({ rel, types: p.sampleTypes.map((t) => `${t.type}/${t.unit}`) }).toEqual({ rel, types: m!.sampleTypes });
      expect({
        rel,
        samples: p.sampleCount,
        locations: p.locationCount,
        functions: p.functionCount,
        mappings: p.mappingCount,
      }).toEqual({
        rel,
        samples: m!.samples,
        locations: m!.locations,
        functions: m!.functions,
        mappings: m!.mappings,
      });
      // manifest.json sums int64 columns as unsigned (its decoder's reading); profile.proto says
      // signed, and delta heap profiles hold negative values. Equal modulo 2^64 is the same sum.
      const totals = p.totals.map((t, i) =>
        BigInt.asUintN(64, t) === BigInt.asUintN(64, BigInt(m!.totals[i])) ? m!.totals[i] : String(t)
      );
      expect({ rel, totals }).toEqual({ rel, totals: m!.totals });
      expect(p.defaultSampleType).toBe(m!.defaultSampleType);
      checked++;
    }
    // eslint-disable-next-line no-console
    console.log(`pprof fixtures checked against manifest.json: ${checked}`);
  });

  run('builds trees whose per-function self values equal an independent decode (pprof-format)', () => {
    for (const file of files) {
      checkAgainstReference(path.basename(file), new Uint8Array(fs.readFileSync(file)));
    }
  });

  run('round-trips every fixture through pprof (totals and stacks) and through a nested-set frame (identity)', () => {
    for (const file of files) {
      const p = decodePprof(new Uint8Array(fs.readFileSync(file)));
      for (let t = 0; t < p.sampleTypes.length; t++) {
        const tree = pprofToTree(p, { sampleType: t });
        const again = pprofToTree(decodePprof(encodeTreeAsPprof(tree, p.sampleTypes[t])), { sampleType: 0 });
        expect({ file, t, total: again.total[0], stacks: printFolded(again) }).toEqual({
          file,
          t,
          total: tree.total[0],
          stacks: printFolded(tree),
        });
        const back = nestedSetFrameToTree(treeToNestedSetFrame(tree)).tree;
        expect(Array.from(back.total)).toEqual(Array.from(tree.total));
        expect(Array.from(back.self)).toEqual(Array.from(tree.self));
        expect(Array.from(back.depth)).toEqual(Array.from(tree.depth));
        expect(Array.from(back.nameId, (i) => back.names[i])).toEqual(Array.from(tree.nameId, (i) => tree.names[i]));
      }
    }
  });

  run('rejects every legacy (non-protobuf) profile with a typed error that says what it is', () => {
    const legacy = sharedFixtureFiles('legacy');
    expect(legacy.length).toBeGreaterThan(0);
    for (const file of legacy) {
      let err: unknown;
      try {
        decodePprof(new Uint8Array(fs.readFileSync(file)));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(FlamelensError);
      expect((err as FlamelensError).message).toMatch(/legacy|not a (valid )?(protobuf )?pprof/);
    }
    // eslint-disable-next-line no-console
    console.log(`legacy fixtures rejected: ${legacy.length}`);
  });
});

describe('decodePprof on profiles this project records (runs with or without ../shared)', () => {
  const recorded = recordedFixtures();

  it(`matches the recorded independent figures (${recorded.length} files)`, () => {
    expect(recorded.length).toBeGreaterThan(0);
    for (const r of recorded) {
      const p = decodePprof(r.bytes);
      expect({ file: r.file, samples: p.sampleCount, totals: p.totals.map(String) }).toEqual({
        file: r.file,
        samples: r.expected.samples,
        totals: r.expected.totals,
      });
      checkAgainstReference(r.file, r.bytes);
    }
  });
});

describe('decodePprof on bad input', () => {
  const good = recordedFixtures()[0].bytes;

  it('rejects empty input', () => {
    expect(() => decodePprof(new Uint8Array())).toThrow(/empty input/);
  });

  it('rejects truncated gzip with a clear message', () => {
    expect(() => decodePprof(good.subarray(0, Math.floor(good.length / 2)))).toThrow(/gzip data is truncated/);
  });

  it('rejects malformed protobuf without crashing', () => {
    const raw = new Uint8Array(gunzipSync(good));
    const cut = raw.subarray(0, raw.length - 7);
    expect(() => decodePprof(cut)).toThrow(FlamelensError);
    expect(() => decodePprof(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/runs past the end/);
  });

  it('rejects JSON and text with what they look like', () => {
    expect(() => decodePprof(new TextEncoder().encode('{"flamebearer": {}}'))).toThrow(/JSON/);
    expect(() => decodePprof(gzipSync(new TextEncoder().encode('heap profile: 1: 2 [3: 4] @ heap/1048576\n')))).toThrow(
      /legacy text/
    );
  });

  it('resolves sample types by name, name/unit, default and last', () => {
    const p = decodePprof(good);
    const last = p.sampleTypes.length - 1;
    expect(resolveSampleType(p)).toBe(
      p.defaultSampleType ? p.sampleTypes.findIndex((t) => t.type === p.defaultSampleType) : last
    );
    const t = p.sampleTypes[0];
    expect(resolveSampleType(p, t.type)).toBe(0);
    expect(resolveSampleType(p, `${t.type}/${t.unit}`)).toBe(0);
    expect(() => resolveSampleType(p, 'nope')).toThrow(/not in this profile; it has/);
  });
});

/**
 * functionDetailsOfBytes against the reference it must equal: functionDetailsOfPprof over the
 * fully decoded profile (whose own tests pin the figures by hand). Random profiles are written
 * field by field, so they can do what real writers may: fields in any order (samples before the
 * tables, strings between them), packed and unpacked repeated fields, sparse, shuffled and repeated
 * ids, inlined lines, locations without lines, lines of unknown functions, recursion, several
 * sample types, hostile, empty, invalid-UTF-8 and byte-order-marked names.
 */
import fc from 'fast-check';
import { FlamelensError } from '../errors';
import { decodeInflatedPprof } from './decode';
import { functionDetailsOfPprof, type FunctionDetails } from './functionDetails';
import { functionDetailsOfBytes } from './functionDetailsOfBytes';
import { functionNameOf } from './toTree';
import { WireWriter } from './writer';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** String-table entries as bytes: some decode to the same text as others, some are invalid UTF-8. */
const STRINGS: Uint8Array[] = [
  ...['main', 'handle', 'hot', '<img src=x onerror=alert(1)>', 'π.λ 日本語', 'hot', '', 'a\uFFFDb'].map(utf8),
  Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('main')), // decodes to 'main'
  Uint8Array.of(0xef, 0xbb, 0xbf), // decodes to ''
  Uint8Array.of(0x61, 0xff, 0x62), // decodes to 'a\uFFFDb'
  Uint8Array.of(0xff), // decodes to '\uFFFD'
  ...['h.go', 'a/b.go', 'cpu', 'nanoseconds', 'alloc', 'bytes', 'label'].map(utf8),
];
/** Names asked for: present, shared by several functions, absent, empty, hostile. */
const NAMES = [
  'main',
  'handle',
  'hot',
  '<img src=x onerror=alert(1)>',
  'π.λ 日本語',
  '',
  'a\uFFFDb',
  '\uFFFD',
  'absent',
];

interface Spec {
  sampleTypes: number;
  functions: Array<{ name: number; system: number; file: number; start: number }>;
  functionIds: 'dense' | 'shuffled' | 'sparse' | 'repeated';
  locations: Array<Array<{ fn: number; line: number }>>;
  locationIds: 'dense' | 'shuffled' | 'sparse' | 'repeated';
  samples: Array<{ stack: number[]; values: number[]; packed: boolean; labelled: boolean }>;
  /** Sort keys of the top-level fields: the order they are written in. */
  order: number[];
  query: { name: number; sampleType: number; unknownFunction: boolean };
}

const stringIndex = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: STRINGS.length }) },
  { weight: 1, arbitrary: fc.constant(STRINGS.length + 40) } // outside the table
);
const spec: fc.Arbitrary<Spec> = fc
  .record({
    sampleTypes: fc.integer({ min: 1, max: 3 }),
    functions: fc.array(
      fc.record({ name: stringIndex, system: stringIndex, file: stringIndex, start: fc.nat({ max: 50 }) }),
      { minLength: 1, maxLength: 12 }
    ),
    functionIds: fc.constantFrom('dense', 'shuffled', 'sparse', 'repeated'),
    locationCount: fc.integer({ min: 1, max: 14 }),
    locationIds: fc.constantFrom('dense', 'shuffled', 'sparse', 'repeated'),
    lineSeeds: fc.array(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 })), { maxLength: 3 }), {
      minLength: 14,
      maxLength: 14,
    }),
    samples: fc.array(
      fc.record({
        stack: fc.array(fc.nat(), { maxLength: 10 }),
        values: fc.array(
          fc.oneof(
            { weight: 10, arbitrary: fc.constant(0) },
            { weight: 10, arbitrary: fc.integer({ min: -3, max: 100 }) },
            { weight: 1, arbitrary: fc.constant(2 ** 60 + 2 ** 10) } // past 2^53: read through BigInt
          ),
          { minLength: 3, maxLength: 3 }
        ),
        packed: fc.boolean(),
        labelled: fc.boolean(),
      }),
      { maxLength: 30 }
    ),
    order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
    query: fc.record({
      name: fc.nat(),
      sampleType: fc.nat(),
      unknownFunction: fc.boolean(),
    }),
  })
  .map((r) => ({
    sampleTypes: r.sampleTypes,
    functions: r.functions,
    functionIds: r.functionIds,
    locations: r.lineSeeds.slice(0, r.locationCount).map((lines) =>
      // A line number 0 is a missing line.
      lines.map(([fn, line]) => ({ fn: fn % (r.functions.length + (r.query.unknownFunction ? 1 : 0)), line }))
    ),
    locationIds: r.locationIds,
    samples: r.samples.map((s) => ({
      ...s,
      stack: s.stack.map((l) => l % r.locationCount),
      values: s.values.slice(0, r.sampleTypes),
    })),
    order: r.order,
    query: r.query,
  }));

/** Ids for `n` table entries in the given style (all distinct but for 'repeated'). */
function idsOf(n: number, style: string): number[] {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  if (style === 'shuffled') {
    ids.reverse();
  } else if (style === 'sparse') {
    return ids.map((i) => i * 7919 + 2 ** 40);
  } else if (style === 'repeated' && n > 2) {
    // The second entry takes the first's id: a location id names the first (its own slot), a
    // function id the second (the last), as the decoded profile's lookups do.
    ids[1] = 1;
  }
  return ids;
}

/** Writes a profile after `s`: each top-level field a chunk, chunks in `s.order` (strings kept in order). */
function write(s: Spec): Uint8Array {
  const chunks: Array<{ field: number; bytes: Uint8Array }> = [];
  const cpu = STRINGS.findIndex((b) => new TextDecoder().decode(b) === 'cpu') + 1;
  for (let t = 0; t < s.sampleTypes; t++) {
    chunks.push({
      field: 1,
      bytes: new WireWriter()
        .uintField(1, cpu + t)
        .uintField(2, cpu + 1)
        .finish(),
    });
  }
  const fnIds = idsOf(s.functions.length + 1, s.functionIds);
  // The last id is never written: lines naming it refer to an unknown function.
  s.functions.forEach((f, i) =>
    chunks.push({
      field: 5,
      bytes: new WireWriter()
        .uintField(1, fnIds[i])
        .uintField(2, f.name)
        .uintField(3, f.system)
        .uintField(4, f.file)
        .uintField(5, f.start)
        .finish(),
    })
  );
  const locIds = idsOf(s.locations.length, s.locationIds);
  s.locations.forEach((lines, i) => {
    const w = new WireWriter().uintField(1, locIds[i]).uintField(3, 0x1000 + i);
    for (const l of lines) {
      w.bytesField(4, new WireWriter().uintField(1, fnIds[l.fn]).uintField(2, l.line).finish());
    }
    chunks.push({ field: 4, bytes: w.finish() });
  });
  for (const sample of s.samples) {
    const w = new WireWriter();
    const ids = sample.stack.map((l) => locIds[l]);
    if (sample.packed) {
      w.packedField(1, ids).packedField(2, sample.values);
    } else {
      // Unpacked, and values before ids.
      sample.values.forEach((v) => w.tag(2, 0).varint(v));
      ids.forEach((id) => w.uintField(1, id));
    }
    if (sample.labelled) {
      w.bytesField(3, new WireWriter().uintField(1, 16).uintField(2, 2).uintField(3, 7).finish());
    }
    chunks.push({ field: 2, bytes: w.finish() });
  }
  chunks.push({ field: 3, bytes: new WireWriter().uintField(1, 1).uintField(5, 12).finish() });
  const out = new WireWriter();
  const strings = [new Uint8Array(0), ...STRINGS];
  const others = chunks
    .map((c, i) => ({ c, key: s.order[i % s.order.length] + i * 1e-9 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.c);
  // Strings between the other fields, in table order.
  let next = 0;
  others.forEach((c, i) => {
    while (next < strings.length && next * others.length < i * strings.length) {
      out.bytesField(6, strings[next++]);
    }
    out.bytesField(c.field, c.bytes);
  });
  while (next < strings.length) {
    out.bytesField(6, strings[next++]);
  }
  out.uintField(14, cpu);
  return out.finish();
}

/** The reference's answer, or the kind of error it throws. */
function reference(bytes: Uint8Array, name: string, sampleType: number): FunctionDetails | undefined | string {
  try {
    return functionDetailsOfPprof(decodeInflatedPprof(bytes), name, sampleType);
  } catch (e) {
    return `throws ${(e as FlamelensError).kind}`;
  }
}

function ours(bytes: Uint8Array, name: string, sampleType: number): FunctionDetails | undefined | string {
  try {
    return functionDetailsOfBytes(bytes, name, sampleType);
  } catch (e) {
    if (!(e instanceof FlamelensError)) {
      throw e;
    }
    return `throws ${e.kind}`;
  }
}

describe('function details straight from pprof bytes', () => {
  it('equal those of the decoded profile, on random profiles', () => {
    let found = 0;
    let withNeighbours = 0;
    fc.assert(
      fc.property(spec, (s) => {
        const bytes = write(s);
        const p = decodeInflatedPprof(bytes);
        // Mostly a function of the profile (its name as frames show it), else one of NAMES.
        const name =
          s.query.name % 4 ? functionNameOf(p, s.query.name % p.functionCount) : NAMES[s.query.name % NAMES.length];
        const sampleType = s.query.sampleType % s.sampleTypes;
        const expected = functionDetailsOfPprof(p, name, sampleType);
        expect(functionDetailsOfBytes(bytes, name, sampleType)).toStrictEqual(expected);
        found += expected ? 1 : 0;
        withNeighbours += expected && expected.callers.length && expected.callees.length ? 1 : 0;
      }),
      { numRuns: 400 }
    );
    // The profiles are not all trivial: many have the function, with callers and callees.
    expect(found).toBeGreaterThan(100);
    expect(withNeighbours).toBeGreaterThan(30);
  });

  it('throw where the decoder throws, and equal it elsewhere, on truncated and corrupted bytes', () => {
    fc.assert(
      fc.property(
        spec,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (s, edits, cut) => {
          const bytes = write(s);
          const bad = cut ? bytes.slice(0, edits[0][0] % bytes.length) : bytes.slice();
          if (!cut) {
            for (const [at, b] of edits) {
              bad[at % bad.length] = b;
            }
          }
          const name = NAMES[s.query.name % NAMES.length];
          expect(ours(bad, name, 0)).toStrictEqual(reference(bad, name, 0));
        }
      ),
      { numRuns: 400 }
    );
  });

  it('says a truncated profile is not a valid pprof profile', () => {
    const bytes = write(fc.sample(spec, { numRuns: 1, seed: 1 })[0]);
    const truncated = bytes.subarray(0, bytes.length - 3);
    expect(() => functionDetailsOfBytes(truncated, 'main', 0)).toThrow(
      expect.objectContaining({
        kind: 'malformed-protobuf',
        message: expect.stringContaining('the input is not a valid pprof profile'),
      })
    );
  });

  it('reads a singular field repeated in the bytes as the decoder does: the last one counts', () => {
    // A corrupt default_sample_type (string 117 of 20) followed by a valid one, as a damaged write
    // can leave: protobuf keeps the last, so neither reader refuses the profile.
    const bytes = Buffer.from(
      '0a0408101010320032046d61696e0a04081110103206686109646c653203686f742a0f08efbd808080201009180f200a282c321c3c696d67207372633d78206f6e6572726f723d616c6572742831293e320fcf802ecebb20e697a5e69cace8aa9e2a0d08defb80808020100f200928183203686f74320012100a010112030000001a060810100218073205617ebfbd623207efbbbf6d61696e12120a03020202120306000b1a060810100218073203efbbbf121a1046103610000801080208010801080108011a06081010021807320361ff623201ff1a040801280c3204682e676f3206612f622e676f0a04080f10103201637075320b6e616e6f7365636f6e6473221b0801188020220908defb808080201006220908defb8080802010033205616c6c6f63320562797465732205080218812032056c6162656c700f',
      'hex'
    );
    expect(ours(bytes, 'c', 0)).toStrictEqual(reference(bytes, 'c', 0));
    expect(ours(bytes, 'hot', 0)).toStrictEqual(reference(bytes, 'hot', 0));
  });

  it('names a bad wire type', () => {
    // A sample (field 2) written as a varint instead of a message.
    const w = new WireWriter().bytesField(6, new Uint8Array(0)).tag(2, 0).varint(5);
    expect(() => functionDetailsOfBytes(w.finish(), 'main', 0)).toThrow(
      expect.objectContaining({
        kind: 'malformed-protobuf',
        message: expect.stringContaining('sample has wire type 0, expected a length-delimited message'),
      })
    );
  });

  it('refuses a sample type the profile does not have', () => {
    const bytes = write(fc.sample(spec, { numRuns: 1, seed: 2 })[0]);
    expect(() => functionDetailsOfBytes(bytes, 'main', 3)).toThrow(
      expect.objectContaining({ kind: 'unknown-sample-type' })
    );
  });
});

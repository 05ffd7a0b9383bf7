/**
 * Benchmark data. The largest real profiles come from ../shared/fixtures (or fixtures/recorded);
 * the 1,048,576-node flame graph — Pyroscope's maximum node count — is generated with a seeded
 * PRNG in a realistic shape (a few hot paths, long tails, names like Go and Java symbols), since no
 * real answer that large is stored.
 */
import { TreeBuilder, CallTree } from '../src/tree/callTree';
import { prng } from '../src/testing/fuzz';
import { WireWriter } from '../src/pprof/writer';

export const MAX_NODES = 1_048_576;

export function generateTree(nodes: number, seed = 42): CallTree {
  const rand = prng(seed);
  const pkgs = [
    'github.com/acme/api',
    'net/http',
    'runtime',
    'encoding/json',
    'google.golang.org/grpc',
    'com/acme/Service',
    'io/netty/channel',
    'database/sql',
  ];
  const names: string[] = [];
  for (let i = 0; i < 60000; i++) {
    names.push(`${pkgs[i % pkgs.length]}.(*Handler${i % 97}).Method${i}`);
  }
  const b = new TreeBuilder('total', undefined, nodes + 64);
  // Interned on first use, so the name table holds only the names the tree uses, as real ones do.
  const idCache = new Int32Array(names.length).fill(-1);
  const id = (k: number) => (idCache[k] >= 0 ? idCache[k] : (idCache[k] = b.names.intern(names[k])));
  const stack: number[] = [];
  while (b.nodeCount < nodes) {
    // Skewed choice: low indexes are hot, so paths share prefixes like real profiles do.
    const depth = 4 + Math.floor(rand() * rand() * 60);
    stack.length = 0;
    for (let d = 0; d < depth; d++) {
      const r = rand();
      stack.push(id(Math.floor(r * r * r * (d < 3 ? 50 : names.length))));
    }
    // Add frame by frame so the count stops exactly at `nodes`.
    let node = 0;
    for (let d = 0; d < stack.length && b.nodeCount < nodes; d++) {
      node = b.child(node, stack[d]);
    }
    b.addSelf(node, 1 + Math.floor(rand() * 1000) * 10_000_000);
  }
  return b.build();
}

/**
 * A merged pprof profile of at least `minBytes` uncompressed: one sample per distinct stack (as a
 * merged profile holds), 30 to 90 frames deep like JVM stacks, over 60,000 functions with one
 * location each (every fifth location has an inlined callee as a second line), with file names and
 * line numbers. Stacks grow from shared prefixes, so functions recur on many stacks.
 */
export function generateMergedPprof(minBytes: number, seed = 7): Uint8Array {
  const rand = prng(seed);
  const FUNCTIONS = 60_000;
  const strings = ['', 'cpu', 'nanoseconds'];
  const out = new WireWriter();
  out.bytesField(1, new WireWriter().uintField(1, 1).uintField(2, 2).finish());
  let prefix: number[] = [];
  const stack: number[] = [];
  while (out.length < minBytes) {
    // Keep a random share of the previous stack's root side, then walk on.
    const keep = Math.floor(prefix.length * rand());
    prefix = prefix.slice(0, keep);
    const depth = 30 + Math.floor(rand() * 60);
    while (prefix.length < depth) {
      const r = rand();
      prefix.push(1 + Math.floor(r * r * (prefix.length < 4 ? 200 : FUNCTIONS - 1)));
    }
    stack.length = 0;
    for (let d = prefix.length - 1; d >= 0; d--) {
      stack.push(prefix[d]);
    }
    out.bytesField(
      2,
      new WireWriter()
        .packedField(1, stack)
        .packedField(2, [1e7 * (1 + Math.floor(rand() * 50))])
        .finish()
    );
  }
  for (let id = 1; id <= FUNCTIONS; id++) {
    const loc = new WireWriter().uintField(1, id).uintField(3, 0x400000 + id * 16);
    if (id % 5 === 0) {
      const inlined = 1 + ((id * 7919) % FUNCTIONS);
      loc.bytesField(
        4,
        new WireWriter()
          .uintField(1, inlined)
          .uintField(2, 10 + (id % 300))
          .finish()
      );
    }
    loc.bytesField(
      4,
      new WireWriter()
        .uintField(1, id)
        .uintField(2, 20 + (id % 500))
        .finish()
    );
    out.bytesField(4, loc.finish());
  }
  for (let id = 1; id <= FUNCTIONS; id++) {
    const name = strings.length;
    strings.push(`com.acme.service${id % 97}.Handler${id % 389}.method${id}`);
    const file = strings.length;
    strings.push(`com/acme/service${id % 97}/Handler${id % 389}.java`);
    out.bytesField(
      5,
      new WireWriter()
        .uintField(1, id)
        .uintField(2, name)
        .uintField(3, name)
        .uintField(4, file)
        .uintField(5, 1 + (id % 400))
        .finish()
    );
  }
  for (const s of strings) {
    out.stringField(6, s);
  }
  return out.finish();
}

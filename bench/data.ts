/**
 * Benchmark data. The largest real profiles come from ../shared/fixtures (or fixtures/recorded);
 * the 1,048,576-node flame graph — Pyroscope's maximum node count — is generated with a seeded
 * PRNG in a realistic shape (a few hot paths, long tails, names like Go and Java symbols), since no
 * real answer that large is stored.
 */
import { TreeBuilder, CallTree } from '../src/tree/callTree';
import { prng } from '../src/testing/fuzz';

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

/**
 * Folded ("collapsed") stacks, as flamegraph.pl, async-profiler and perf scripts write them:
 * one stack per line, frames root-first separated by ';', a space, then a count.
 *
 *   main;work;io 42
 *
 * A bracketed count ("a;b [42]") is accepted too. CRLF line ends and UTF-16 (with a byte-order mark) are accepted. A bad count is an error that
 * names the line, so a user can fix the file instead of getting a silently wrong graph.
 */
import { CallTree, NameTable, TreeBuilder } from '../tree/callTree';
import { FlamelensError } from '../errors';

/** Decodes bytes that may be UTF-8 or UTF-16 (LE/BE, with BOM). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export interface FoldedParseResult {
  tree: CallTree;
  /** 1-based numbers of non-blank lines that held no stack (comments, prose): skipped, not fatal. */
  skippedLines: number[];
  /** Exact sum of the counts when all are integers (counts past 2^53 do not add up exactly as numbers). */
  exactTotal?: bigint;
}

/**
 * Parses folded stacks into a tree. Lines with no count at all (comments such as "# ..." or
 * "// ...", stray prose) are skipped and reported; a count that looks like a number but is not a
 * valid non-negative one ("-3", "12abc", "1.2.3") is an error naming the line.
 */
export function parseFolded(text: string): FoldedParseResult {
  const table = new NameTable();
  const builder = new TreeBuilder('total', table);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const skipped: number[] = [];
  let exactTotal: bigint | undefined = 0n;
  let stacks = 0;
  const ids: number[] = [];
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].trimEnd();
    if (line.trim() === '') {
      continue;
    }
    const sp = line.lastIndexOf(' ');
    // Some exporters (Pyroscope's JFR tooling) bracket the count: "a;b [10000000]".
    const countText = sp > 0 ? line.slice(sp + 1).replace(/^\[(.*)\]$/, '$1') : '';
    if (!/^[-+]?[\d.]/.test(countText)) {
      skipped.push(ln + 1);
      continue;
    }
    if (!/^\d+(\.\d+)?$/.test(countText) || !Number.isFinite(Number(countText))) {
      throw new FlamelensError(
        'bad-folded',
        `line ${ln + 1}: ${quoteSnippet(countText)} is not a count (a non-negative number)${
          looksBinary(countText) ? ': this looks like binary data, not folded text' : ''
        }`
      );
    }
    const count = Number(countText);
    exactTotal = exactTotal !== undefined && /^\d+$/.test(countText) ? exactTotal + BigInt(countText) : undefined;
    const frames = line.slice(0, sp).split(';');
    ids.length = 0;
    for (const f of frames) {
      ids.push(table.intern(f));
    }
    builder.addStack(ids, count);
    stacks++;
  }
  if (stacks === 0) {
    throw new FlamelensError('empty-input', 'no folded stacks found: expected lines like "main;work 42"');
  }
  return { tree: builder.build(), skippedLines: skipped, exactTotal };
}

/** Writes a tree as folded stacks, one line per node with self > 0, in tree order. */
export function printFolded(tree: CallTree): string {
  const out: string[] = [];
  const path: string[] = [];
  for (let i = 1; i < tree.count; i++) {
    path.length = tree.depth[i] - 1;
    path.push(tree.names[tree.nameId[i]]);
    if (tree.self[i] > 0) {
      out.push(`${path.join(';')} ${tree.self[i]}`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}

/** A piece of the input, quoted for an error message: at most 40 characters, control bytes escaped. */
function quoteSnippet(text: string): string {
  return JSON.stringify(text.slice(0, 40)).replace(/\ufffd/g, '\\ufffd');
}

/** Control characters (other than whitespace) or undecodable bytes: not text a profiler writes. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) {
      return true;
    }
  }
  return false;
}

/**
 * The `flamelens` command line: inspect, rank, convert and diff profiles without a server.
 *
 *   flamelens info FILE [--json]
 *   flamelens top FILE [--type T] [--limit N] [--json]
 *   flamelens convert FILE [--type T] --to FORMAT -o OUT
 *   flamelens diff BASE COMPARISON [--type T] [--json]
 *
 * Exit codes: 0 success, 1 bad input (one line on stderr saying why), 2 wrong usage.
 */
import { FlamelensError } from '../errors';
import { loadProfile, LoadedProfile } from '../formats/load';
import { pprofToTree, resolveSampleType } from '../pprof/toTree';
import { CallTree } from '../tree/callTree';
import { topTable } from '../tree/top';
import { functionDeltas } from '../tree/diff';
import { EXPORT_WRITERS } from '../formats/exports';
import { exportFormatIds, isExportFormat } from '../formats/exportFormats';
import { sampleTypeNameOf } from '../units';

export interface CliIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

const USAGE = `usage:
  flamelens info FILE [--json]
  flamelens top FILE [--type T] [--limit N] [--json]
  flamelens convert FILE [--type T] --to FORMAT -o OUT
  flamelens diff BASE COMPARISON [--type T] [--json]
T is a sample type name (cpu) or type/unit (cpu/nanoseconds); FILE is pprof (gzipped or raw),
folded stacks, or flame bearer JSON; FORMAT is one of ${exportFormatIds().join(', ')}.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--type', '--limit', '--to', '-o']);
const BOOL_FLAGS = new Set(['--json']);

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) {
      const v = args[++i];
      if (v === undefined) {
        throw new UsageError(`${a} needs a value`);
      }
      flags.set(a, v);
    } else if (BOOL_FLAGS.has(a)) {
      flags.set(a, true);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

function treeOf(loaded: LoadedProfile, type?: string): { tree: CallTree; unit: string } {
  if (loaded.format === 'pprof') {
    const t = resolveSampleType(loaded.profile, type);
    return { tree: pprofToTree(loaded.profile, { sampleType: t }), unit: loaded.profile.sampleTypes[t].unit };
  }
  if (type && !(loaded.format === 'folded' && (type === 'samples' || type === 'samples/count'))) {
    throw new FlamelensError(
      'unknown-sample-type',
      `sample type "${type}" is not in this ${loaded.format} file; it has one: samples/count`
    );
  }
  return { tree: loaded.tree, unit: loaded.format === 'flamebearer' ? (loaded.unit ?? 'samples') : 'count' };
}

function info(loaded: LoadedProfile, json: boolean, io: CliIo): void {
  let sampleTypes: Array<{ type: string; unit: string; total: string }>;
  let samples: number;
  let locations: number;
  let functions: number;
  let extra: Record<string, string | number> = { format: loaded.format };
  if (loaded.format === 'pprof') {
    const p = loaded.profile;
    sampleTypes = p.sampleTypes.map((t, i) => ({ type: t.type, unit: t.unit, total: p.totals[i].toString() }));
    samples = p.sampleCount;
    locations = p.locationCount;
    functions = p.functionCount;
    extra = {
      ...extra,
      defaultSampleType: p.defaultSampleType,
      durationNanos: p.durationNanos,
      period: p.period,
      mappings: p.mappingCount,
    };
  } else {
    const t = loaded.tree;
    const exact = loaded.format === 'folded' ? loaded.exactTotal : undefined;
    sampleTypes = [
      { type: 'samples', unit: 'count', total: exact !== undefined ? exact.toString() : String(t.total[0]) },
    ];
    samples = loaded.format === 'folded' ? loaded.stacks : t.count;
    const names = new Set<number>();
    for (let i = 1; i < t.count; i++) {
      names.add(t.nameId[i]);
    }
    locations = names.size;
    functions = names.size;
    extra = { ...extra, nodes: t.count };
  }
  if (json) {
    // Totals are printed as plain JSON integers: exact int64 sums, which JSON.stringify cannot
    // write for values past 2^53.
    const types = sampleTypes
      .map((s) => `{"type":${JSON.stringify(s.type)},"unit":${JSON.stringify(s.unit)},"total":${s.total}}`)
      .join(',');
    const rest = Object.entries(extra)
      .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join('');
    io.stdout(
      `{"sampleTypes":[${types}],"samples":${samples},"locations":${locations},"functions":${functions}${rest}}\n`
    );
    return;
  }
  const lines = [
    `format: ${loaded.format}`,
    `samples: ${samples}`,
    `locations: ${locations}`,
    `functions: ${functions}`,
    'sample types:',
  ];
  for (const s of sampleTypes) {
    lines.push(`  ${s.type || '(empty)'}/${s.unit || '(empty)'}  total ${s.total}`);
  }
  if (loaded.format === 'pprof' && loaded.profile.defaultSampleType) {
    lines.push(`default sample type: ${loaded.profile.defaultSampleType}`);
  }
  io.stdout(lines.join('\n') + '\n');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

function top(tree: CallTree, unit: string, limit: number, json: boolean, io: CliIo): void {
  const rows = topTable(tree, 'self').slice(0, limit);
  const total = tree.total[0] || 1;
  if (json) {
    io.stdout(
      JSON.stringify({
        unit,
        total: tree.total[0],
        rows: rows.map((r) => ({ name: r.name, self: r.self, total: r.total })),
      }) + '\n'
    );
    return;
  }
  const out = [
    `${'self'.padStart(14)} ${'self%'.padStart(7)} ${'total'.padStart(14)} ${'total%'.padStart(7)}  function (${unit})`,
  ];
  for (const r of rows) {
    out.push(
      `${String(r.self).padStart(14)} ${pct(r.self / total).padStart(7)} ${String(r.total).padStart(14)} ${pct(r.total / total).padStart(7)}  ${r.name}`
    );
  }
  io.stdout(out.join('\n') + '\n');
}

export function run(args: string[], io: CliIo): number {
  try {
    const [command, ...rest] = args;
    const { positional, flags } = parseArgs(rest);
    const type = flags.get('--type') as string | undefined;
    const json = flags.get('--json') === true;
    const load = (p: string) => loadProfile(io.readFile(p));
    switch (command) {
      case 'info':
        if (positional.length !== 1) throw new UsageError('info takes one FILE');
        info(load(positional[0]), json, io);
        return 0;
      case 'top': {
        if (positional.length !== 1) throw new UsageError('top takes one FILE');
        const limitText = (flags.get('--limit') as string | undefined) ?? '20';
        const limit = Number(limitText);
        if (!Number.isInteger(limit) || limit <= 0)
          throw new UsageError(`--limit must be a positive integer, not "${limitText}"`);
        const { tree, unit } = treeOf(load(positional[0]), type);
        top(tree, unit, limit, json, io);
        return 0;
      }
      case 'convert': {
        if (positional.length !== 1) throw new UsageError('convert takes one FILE');
        const to = flags.get('--to') as string | undefined;
        const out = flags.get('-o') as string | undefined;
        if (!to || !out) throw new UsageError('convert needs --to FORMAT and -o OUT');
        const { tree, unit } = treeOf(load(positional[0]), type);
        if (!isExportFormat(to)) {
          throw new UsageError(`unknown --to format "${to}" (use ${exportFormatIds().join(', ')})`);
        }
        const sampleType = { type: type?.split('/')[0] || sampleTypeNameOf(unit), unit };
        io.writeFile(out, EXPORT_WRITERS[to]({ tree, title: positional[0], sampleType }));
        return 0;
      }
      case 'diff': {
        if (positional.length !== 2) throw new UsageError('diff takes BASE and COMPARISON');
        const base = treeOf(load(positional[0]), type);
        const comp = treeOf(load(positional[1]), type);
        const deltas = functionDeltas(base.tree, comp.tree);
        if (json) {
          io.stdout(
            JSON.stringify({
              unit: base.unit,
              baselineTotal: base.tree.total[0],
              comparisonTotal: comp.tree.total[0],
              functions: deltas,
            }) + '\n'
          );
        } else {
          const out = [
            `baseline total ${base.tree.total[0]}, comparison total ${comp.tree.total[0]} (${base.unit}); self share change:`,
          ];
          for (const d of deltas.slice(0, 30)) {
            const sign = d.delta > 0 ? '+' : '';
            out.push(
              `${(sign + (d.delta * 100).toFixed(2) + '%').padStart(9)}  ${pct(d.leftShare).padStart(7)} → ${pct(d.rightShare).padStart(7)}  ${d.name}`
            );
          }
          io.stdout(out.join('\n') + '\n');
        }
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flamelens: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof FlamelensError) {
      io.stderr(`flamelens: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES')) {
      io.stderr(`flamelens: cannot read ${err.path ?? 'file'}: ${err.code}\n`);
      return 1;
    }
    throw e;
  }
}

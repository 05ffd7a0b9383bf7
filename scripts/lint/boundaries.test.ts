import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

/** Lints each snippet at its path through scripts/lint/probe.mjs; returns the messages of each. */
function lint(cases: Array<{ filePath: string; code: string }>): Array<Array<{ ruleId: string; message: string }>> {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'probe.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`probe failed: ${r.stderr}`);
  }
  return JSON.parse(r.stdout) as Array<Array<{ ruleId: string; message: string }>>;
}

const imports = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

/** [file the import is written in, what it imports, the message expected (undefined: allowed)]. */
const table: Array<[string, string, RegExp | undefined]> = [
  // The core imports no plugin folder, no tool folder.
  ['src/tree/probe.ts', '../../panel/FlameGraphPanel', /src\/ may not import panel\//],
  ['src/probe.ts', '../datasource/DataSource', /src\/ may not import datasource\//],
  ['src/probe.ts', '../app/traceLink', /src\/ may not import app\//],
  ['src/pprof/probe.ts', '../../sandbox/server/store', /src\/ may not import sandbox\//],
  ['src/probe.ts', '../bench/harness', /src\/ may not import bench\//],
  ['src/probe.ts', '../tests/e2e/helpers', /src\/ may not import tests\//],
  ['src/tree/probe.test.ts', '../../panel/exports', /src\/ may not import panel\//],
  // …and no React, Grafana UI or runtime, no Node built-ins; only types from @grafana/data.
  ['src/probe.ts', 'react', /no React/],
  ['src/probe.ts', '@grafana/ui', /no React, no Grafana UI/],
  ['src/probe.ts', '@grafana/runtime', /no React, no Grafana UI or runtime/],
  ['src/probe.ts', 'fs', /no Node built-ins/],
  ['src/probe.ts', '@grafana/data', /only types from @grafana\/data/],
  // The plugins do not import each other.
  ['datasource/probe.ts', '../panel/exports', /datasource\/ may not import panel\//],
  ['datasource/probe.ts', '../app/traceLink', /datasource\/ may not import app\//],
  ['panel/components/probe.tsx', '../../datasource/DataSource', /panel\/ may not import datasource\//],
  ['panel/probe.ts', '../app/traceLink', /panel\/ may not import app\//],
  ['app/probe.ts', '../datasource/types', /app\/ may not import datasource\//],
  ['app/probe.ts', '../panel/types', /app\/ may not import panel\//],
  // Nothing shipped imports the sandbox, benchmarks or tests.
  ['datasource/probe.ts', '../sandbox/server/api', /datasource\/ may not import sandbox\//],
  ['panel/probe.ts', '../tests/e2e/helpers', /panel\/ may not import tests\//],
  ['app/probe.ts', '../bench/harness', /app\/ may not import bench\//],
  ['plugin-runtime/probe.ts', '../sandbox/host/App', /plugin-runtime\/ may not import sandbox\//],
  // What the layering allows.
  ['panel/probe.ts', '../src/tree/callTree', undefined],
  ['panel/components/probe.tsx', '../../src/tree/callTree', undefined],
  ['datasource/probe.ts', '../src/pyroscope/client', undefined],
  ['datasource/probe.ts', './profilesDatasource', undefined],
  ['src/tree/probe.ts', '../formats/folded', undefined],
  ['src/probe.test.ts', 'fs', undefined],
  ['sandbox/server/probe.ts', '../../src/tree/truncate', undefined],
  ['tests/e2e/probe.ts', '../../panel/exports', undefined],
];

describe('import boundaries (eslint.config.mjs)', () => {
  const results = lint(table.map(([filePath, spec]) => ({ filePath, code: imports(spec) })));

  it.each(table.map((row, i) => [...row, i] as const))('%s importing %s', (_file, _spec, expected, i) => {
    const boundary = results[i].filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
    if (expected) {
      expect(boundary.map((m) => m.message)).toEqual([expect.stringMatching(expected)]);
    } else {
      expect(boundary).toEqual([]);
    }
  });

  it('bans RegExp built at run time outside the RE2 wrapper, and allows literal patterns', () => {
    const code = (expr: string) => `export const f = (s: string) => ${expr};\n`;
    const cases = [
      { filePath: 'src/tree/probe.ts', code: code('new RegExp(s)') },
      { filePath: 'panel/probe.ts', code: code('RegExp(`^${s}$`, "i")') },
      { filePath: 'sandbox/server/probe.ts', code: code('new RegExp(s).test("x")') },
      { filePath: 'src/regex/probe.ts', code: code('new RegExp(s)') },
      { filePath: 'src/tree/probe.ts', code: code('new RegExp("^[a-z]+$").test(s)') },
    ];
    const ban = lint(cases).map((messages) => messages.filter((m) => m.ruleId === 'no-restricted-syntax').length);
    expect(ban).toEqual([1, 1, 1, 0, 0]);
  });

  it('allows type-only imports from @grafana/data in src/', () => {
    const [messages] = lint([
      {
        filePath: 'src/probe.ts',
        code: "import type { DataFrame } from '@grafana/data';\nexport type F = DataFrame;\n",
      },
    ]);
    expect(messages).toEqual([]);
  });
});

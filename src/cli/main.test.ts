import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { run, CliIo } from './main';
import { sharedFixtureFiles, sharedFixturesAvailable, SHARED_FIXTURES } from '../testing/fixtures';
import { RECORDED_DIR } from '../testing/recorded';
import { decodePprof } from '../pprof/decode';

function io(): CliIo & { out: string; err: string; files: Map<string, Uint8Array | string> } {
  const files = new Map<string, Uint8Array | string>();
  const self = {
    out: '',
    err: '',
    files,
    readFile: (p: string) =>
      files.has(p)
        ? typeof files.get(p) === 'string'
          ? new TextEncoder().encode(files.get(p) as string)
          : (files.get(p) as Uint8Array)
        : new Uint8Array(fs.readFileSync(p)),
    writeFile: (p: string, d: Uint8Array | string) => void files.set(p, d),
    stdout: (t: string) => void (self.out += t),
    stderr: (t: string) => void (self.err += t),
  };
  return self;
}

const recordedWall = path.join(RECORDED_DIR, 'node-wall.pb.gz');

describe('flamelens CLI', () => {
  it('info --json prints only JSON with one entry per sample type and exact integer totals', () => {
    const t = io();
    expect(run(['info', recordedWall, '--json'], t)).toBe(0);
    const parsed = JSON.parse(t.out);
    const p = decodePprof(new Uint8Array(fs.readFileSync(recordedWall)));
    expect(parsed.sampleTypes).toEqual(
      p.sampleTypes.map((s, i) => ({ type: s.type, unit: s.unit, total: Number(p.totals[i]) }))
    );
    expect(parsed.samples).toBe(p.sampleCount);
    expect(parsed.locations).toBe(p.locationCount);
    expect(parsed.functions).toBe(p.functionCount);
    expect(t.out.trim().startsWith('{')).toBe(true);
  });

  it('prints totals beyond 2^53 as exact JSON integers', () => {
    // A folded file whose total is 2^53 + 1 (each count is exact; the sum is not a safe double).
    const t = io();
    t.files.set('big.folded', `a 9007199254740992\nb 1\n`);
    expect(run(['info', 'big.folded', '--json'], t)).toBe(0);
    expect(t.out).toContain('"type":"samples","unit":"count","total":9007199254740993}');
  });

  it('reports folded input as one samples/count type', () => {
    const t = io();
    t.files.set('x.txt', 'a;b 2\na;c 3\n');
    run(['info', 'x.txt', '--json'], t);
    expect(JSON.parse(t.out)).toMatchObject({
      sampleTypes: [{ type: 'samples', unit: 'count', total: 5 }],
      samples: 2,
    });
  });

  it('exits 1 with a one-line reason on bad input, 2 on wrong usage', () => {
    const t = io();
    t.files.set('empty', new Uint8Array());
    t.files.set('garbage', Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0x7f, 1, 2));
    expect(run(['info', 'empty'], t)).toBe(1);
    expect(run(['info', 'garbage'], t)).toBe(1);
    expect(t.err.trim().split('\n')).toHaveLength(2);
    expect(run(['info'], t)).toBe(2);
    expect(run(['frobnicate', 'x'], t)).toBe(2);
    expect(run(['top', recordedWall, '--limit', 'many'], t)).toBe(2);
    expect(run(['convert', recordedWall, '--to', 'gif', '-o', 'x'], t)).toBe(2);
    expect(run(['top', recordedWall, '--type', 'nope'], t)).toBe(1);
    expect(run(['info', path.join(os.tmpdir(), 'does-not-exist.pb')], t)).toBe(1);
  });

  it('converts to pprof, folded, flame bearer and frame, and the pprof converts back', () => {
    const t = io();
    for (const to of ['pprof', 'folded', 'flamebearer', 'frame', 'speedscope', 'svg', 'html']) {
      expect(run(['convert', recordedWall, '--type', 'wall', '--to', to, '-o', `out.${to}`], t)).toBe(0);
    }
    expect(run(['info', 'out.pprof', '--json'], t)).toBe(0);
    const lines = t.out.trim().split('\n');
    expect(JSON.parse(lines[lines.length - 1]).sampleTypes[0].total).toBe(
      Number(decodePprof(new Uint8Array(fs.readFileSync(recordedWall))).totals[1])
    );
    for (const to of ['folded', 'flamebearer']) {
      expect(run(['top', `out.${to}`, '--json'], t)).toBe(0);
    }
  });

  (sharedFixturesAvailable() ? it : it.skip)(
    'runs info, top, convert and diff on every shared pprof and folded fixture, and exits 1 on legacy ones',
    () => {
      const files = [...sharedFixtureFiles('pprof'), ...sharedFixtureFiles('folded')];
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const t = io();
        expect({ f, code: run(['info', f, '--json'], t), err: t.err }).toEqual({ f, code: 0, err: '' });
        JSON.parse(t.out);
        expect({ f, code: run(['top', f, '--limit', '5'], t) }).toEqual({ f, code: 0 });
        expect({ f, code: run(['convert', f, '--to', 'folded', '-o', 'o.folded'], t) }).toEqual({ f, code: 0 });
        for (const to of ['pprof', 'flamebearer', 'frame', 'speedscope', 'svg', 'html']) {
          expect({ f, to, code: run(['convert', f, '--to', to, '-o', `o.${to}`], t) }).toEqual({ f, to, code: 0 });
        }
        expect({ f, code: run(['diff', f, f, '--json'], t) }).toEqual({ f, code: 0 });
      }
      for (const f of sharedFixtureFiles('legacy')) {
        const t = io();
        expect(run(['info', f], t)).toBe(1);
        expect(t.err).toMatch(/^flamelens: .+\n$/);
      }
      // eslint-disable-next-line no-console
      console.log(`CLI ran on ${files.length} fixture files from ${SHARED_FIXTURES}`);
    }
  );
});

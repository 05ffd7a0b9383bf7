import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const GEN = path.join(ROOT, 'src', 'pyroscope', 'gen');

function check(dir: string) {
  return spawnSync(process.execPath, [path.join(__dirname, 'check-generated.cjs'), dir], { encoding: 'utf8' });
}

describe('check-generated: src/pyroscope/gen against proto/', () => {
  let copy: string;
  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'flamelens-gen-'));
    fs.cpSync(GEN, copy, { recursive: true });
  });
  afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('passes on the committed code', () => {
    const r = check(copy);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on an edited, a missing or an extra file, naming each', () => {
    fs.appendFileSync(path.join(copy, 'push', 'v1', 'push_pb.ts'), '// edited by hand\n');
    fs.rmSync(path.join(copy, 'types', 'v1', 'types_pb.ts'));
    fs.writeFileSync(path.join(copy, 'stray_pb.ts'), 'export {};\n');
    const r = check(copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/push\/v1\/push_pb\.ts: differs/);
    expect(r.stderr).toMatch(/types\/v1\/types_pb\.ts: generated from proto\/ but not committed/);
    expect(r.stderr).toMatch(/stray_pb\.ts: committed but not generated/);
  });
});

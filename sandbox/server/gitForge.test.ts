import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConnectFailure } from './connect';
import { GitForge } from './gitForge';
import { tempDir, tempGitRepository, writeFile } from './testing';

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no failure';
  } catch (e) {
    return e instanceof ConnectFailure ? `${e.code}: ${e.message}` : String(e);
  }
}

const text = (f: { bytes: Uint8Array }) => Buffer.from(f.bytes).toString('utf8');
const DEMO = '/tmp/ci9/main/sandbox/demo/rideshare.cjs';

describe('the git forge', () => {
  const repo = tempGitRepository();

  it('reads a file as it was at a commit, a branch or a short commit id', async () => {
    const forge = new GitForge(repo.dir);
    const old = await forge.file(repo.first, DEMO, '');
    expect([old.path, text(old)]).toEqual(['sandbox/demo/rideshare.cjs', 'version 1\n']);
    expect(text(await forge.file('main', DEMO, ''))).toBe('version 2\n');
    expect(text(await forge.file(repo.first.slice(0, 8), 'README.md', ''))).toBe('readme\n');
  });

  it('answers not_found for an unknown ref or file, and refuses links, climbing names and option-like refs', async () => {
    const forge = new GitForge(repo.dir);
    expect(await failure(forge.file('no-such-branch', DEMO, ''))).toBe(
      "not_found: ref no-such-branch is not in the sandbox's repository"
    );
    expect(await failure(forge.file('main', 'nope.js', ''))).toMatch(/^not_found: file nope.js not found/);
    expect(await failure(forge.file('main', 'sandbox/escape.txt', ''))).toMatch(/^not_found: .*symbolic link/);
    expect(await failure(forge.file('main', '../../etc/passwd', ''))).toMatch(/^invalid_argument/);
    expect(await failure(forge.file('--output=/tmp/x', 'README.md', ''))).toMatch(
      /^invalid_argument: .* is not a git ref/
    );
    expect(await failure(forge.file('main:README.md', 'README.md', ''))).toMatch(/^invalid_argument/);
    expect(await failure(forge.file('', 'README.md', ''))).toMatch(/^invalid_argument: ref is required/);
  });

  it("gives a commit's full id, full message, author name and ISO 8601 date with its offset", async () => {
    const forge = new GitForge(repo.dir);
    expect(await forge.commit(repo.first.slice(0, 10))).toEqual({
      sha: repo.first,
      message: 'First\n\nWith a body.',
      authorName: 'Ada Lovelace',
      date: '2024-05-06T07:08:09+02:00',
    });
    expect((await forge.commit('main')).sha).toBe(repo.second);
    expect(await failure(forge.commit('v9'))).toMatch(/^not_found: ref v9/);
    expect(await forge.headCommit()).toBe(repo.second);
  });

  it('reads the working tree when there is no .git, keeping to the root, and has no commits then', async () => {
    const dir = tempDir('flamelens-forge-copy-');
    writeFile(dir, 'sandbox/demo/rideshare.cjs', 'working tree\n');
    fs.symlinkSync('/etc/hostname', path.join(dir, 'escape.txt'));
    const forge = new GitForge(dir);
    expect(text(await forge.file('any-ref', DEMO, ''))).toBe('working tree\n');
    expect(await failure(forge.file('any-ref', 'escape.txt', ''))).toMatch(/^not_found/);
    expect(await failure(forge.commit('HEAD'))).toMatch(/^not_found: no git history/);
    expect(await forge.headCommit()).toBeUndefined();
  });

  it("does not take a repository above the root for the root's history", async () => {
    const sub = path.join(repo.dir, 'sandbox');
    const forge = new GitForge(sub);
    expect(text(await forge.file('main', 'demo/rideshare.cjs', ''))).toBe('version 2\n');
    expect(await failure(forge.commit('main'))).toMatch(/^not_found: no git history/);
    expect(await forge.headCommit()).toBeUndefined();
  });

  it('reads tracked files of the working tree for a commit a shallow clone lacks', async () => {
    const dir = path.join(tempDir('flamelens-forge-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir]);
    writeFile(dir, 'untracked.txt', 'not in git\n');
    const forge = new GitForge(dir);
    expect(text(await forge.file(repo.first, DEMO, ''))).toBe('version 2\n');
    expect(await failure(forge.file(repo.first, 'untracked.txt', ''))).toMatch(/^not_found/);
    expect(await failure(forge.file('no-such-branch', DEMO, ''))).toMatch(/^not_found: .*shallow clone/);
    expect(await failure(forge.commit(repo.first))).toMatch(/^not_found: .*shallow clone/);
    expect((await forge.commit('HEAD')).sha).toBe(repo.second);
  });
});

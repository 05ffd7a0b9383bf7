import { ConnectFailure } from './connect';
import { repositoryPathCandidates, resolveRepositoryPath } from './repoPath';

const FILES = new Set(['sandbox/demo/rideshare.cjs', 'demo/rideshare.cjs', 'README.md', 'app/main.go']);
const resolve = (localPath: string, rootPath = '') =>
  resolveRepositoryPath(localPath, rootPath, 'abc123', (p) => FILES.has(p));
const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ConnectFailure ? `${e.code}: ${e.message}` : String(e);
  }
  return 'no failure';
};

describe('a profile file name to a repository path', () => {
  it('takes the longest suffix of an absolute name that the repository has', () => {
    expect(resolve('/tmp/ci7/main/sandbox/demo/rideshare.cjs')).toBe('sandbox/demo/rideshare.cjs');
    expect(resolve('file:///tmp/ci7/main/sandbox/demo/rideshare.cjs')).toBe('sandbox/demo/rideshare.cjs');
    expect(resolve('/srv/other/demo/rideshare.cjs')).toBe('demo/rideshare.cjs');
  });

  it('drops a root path that prefixes the name, at a folder boundary only', () => {
    expect(resolve('/build/src/app/main.go', '/build/src')).toBe('app/main.go');
    expect(resolve('/build/src/app/main.go', '/build/src/')).toBe('app/main.go');
    expect(repositoryPathCandidates('/build/srcapp/main.go', '/build/src')[0]).toBe('build/srcapp/main.go');
  });

  it('reads a relative name from the repository root, and no suffix of it', () => {
    expect(resolve('./README.md')).toBe('README.md');
    expect(failure(() => resolve('x/README.md'))).toBe(
      'not_found: file x/README.md not found in the repository at abc123'
    );
  });

  it('refuses names that climb out, name .git, or are empty', () => {
    expect(failure(() => resolve('../outside.txt'))).toMatch(/^invalid_argument: .*"\.\."/);
    expect(failure(() => resolve('/tmp/x/../../etc/passwd'))).toMatch(/^invalid_argument/);
    expect(failure(() => resolve('.git/config'))).toMatch(/^not_found: .*\.git/);
    expect(failure(() => resolve('/repo/.git/config'))).toMatch(/^not_found/);
    expect(failure(() => resolve(''))).toMatch(/^invalid_argument: localPath is required/);
    expect(failure(() => resolve('/etc/passwd'))).toBe(
      'not_found: file /etc/passwd not found in the repository at abc123 (tried etc/passwd, passwd)'
    );
  });
});

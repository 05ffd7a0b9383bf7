/**
 * The sandbox's forge: the repository the sandbox itself lives in, read with git as GitHub would
 * serve it. Files and commits come from the git history (`git show <commit>:<path>`); where there
 * is no history for a ref, files come from the working tree instead:
 *
 * - no history at all (no .git at the root, or git missing): any ref reads the working tree,
 *   every file under the root but .git;
 * - a shallow clone without the ref's commit: a commit id (7 to 40 hex digits) reads the working
 *   tree, limited to the files git tracks. Any other unknown ref is not found.
 *
 * The working tree is the files as they are now, which may differ from the ref. git runs through
 * execFile (no shell), with the ref after --end-of-options, so no ref or path is ever an option.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConnectFailure } from './connect';
import { resolveRepositoryPath } from './repoPath';

/** Runs git in the repository; `code` is git's exit status. */
export type GitRunner = (args: string[]) => Promise<{ code: number; stdout: Buffer }>;

/** The largest file or listing read from git. */
const MAX_GIT_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Tree listings kept, by commit: a demo asks for one or two refs. */
const CACHED_TREES = 8;
const SYMLINK_MODE = '120000';

export function gitRunner(root: string): GitRunner {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-C', root, ...args],
        { encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT_BYTES, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
        (err, stdout) => {
          if (err && typeof err.code !== 'number') {
            reject(new Error(`git could not run: ${err.message}`));
          } else {
            resolve({ code: err ? Number(err.code) : 0, stdout });
          }
        }
      );
    });
}

export interface ForgeFile {
  /** The file's path in the repository. */
  path: string;
  bytes: Uint8Array;
}

export interface ForgeCommit {
  sha: string;
  /** The full message, without the trailing newline. */
  message: string;
  authorName: string;
  /** The author date, ISO 8601 with the author's offset. */
  date: string;
}

type History = { kind: 'git'; shallow: boolean } | { kind: 'none' };

const isCommitId = (ref: string) => /^[0-9a-f]{7,40}$/i.test(ref);

export class GitForge {
  private history?: Promise<History>;
  private readonly trees = new Map<string, Promise<Map<string, string>>>();

  constructor(
    readonly root: string,
    private readonly git: GitRunner = gitRunner(root)
  ) {}

  async file(ref: string, localPath: string, rootPath: string): Promise<ForgeFile> {
    checkRef(ref);
    const history = await this.readHistory();
    if (history.kind === 'git') {
      const sha = await this.resolve(ref);
      if (sha) {
        const tree = await this.tree(sha);
        const p = resolveRepositoryPath(localPath, rootPath, ref, (c) => tree.has(c));
        if (tree.get(p) === SYMLINK_MODE) {
          throw new ConnectFailure('not_found', `${p} is a symbolic link at ${ref}, not a file`);
        }
        const shown = await this.git(['show', `${sha}:${p}`]);
        if (shown.code !== 0) {
          throw new ConnectFailure('not_found', `file ${p} could not be read at ${ref}`);
        }
        return { path: p, bytes: new Uint8Array(shown.stdout) };
      }
      if (!history.shallow || !isCommitId(ref)) {
        throw unknownRef(ref, history.shallow);
      }
      const tracked = await this.listing(['ls-files', '-z']);
      return this.workingTreeFile(ref, localPath, rootPath, (p) => tracked.has(p));
    }
    return this.workingTreeFile(ref, localPath, rootPath, () => true);
  }

  async commit(ref: string): Promise<ForgeCommit> {
    checkRef(ref);
    const history = await this.readHistory();
    if (history.kind === 'none') {
      throw new ConnectFailure(
        'not_found',
        `no git history: the sandbox's repository (${this.root}) has no .git, so it has no commits to show`
      );
    }
    const sha = await this.resolve(ref);
    if (!sha) {
      throw unknownRef(ref, history.shallow);
    }
    const shown = await this.git(['show', '-s', '--format=%H%x00%an%x00%aI%x00%B', '--end-of-options', sha]);
    const [full, authorName, date, message] = shown.stdout.toString('utf8').split('\0');
    if (shown.code !== 0 || message === undefined) {
      throw new ConnectFailure('not_found', `commit ${ref} could not be read`);
    }
    return { sha: full, authorName, date, message: message.replace(/\n+$/, '') };
  }

  /** The commit checked out at the root, or undefined without history. */
  async headCommit(): Promise<string | undefined> {
    return (await this.readHistory()).kind === 'git' ? this.resolve('HEAD') : undefined;
  }

  private readHistory(): Promise<History> {
    this.history ??= (async (): Promise<History> => {
      try {
        // git also finds a repository in a folder above the root; only the root's own counts.
        const top = await this.git(['rev-parse', '--show-toplevel']);
        if (top.code !== 0 || !samePath(top.stdout.toString('utf8').trim(), this.root)) {
          return { kind: 'none' };
        }
        const shallow = await this.git(['rev-parse', '--is-shallow-repository']);
        return { kind: 'git', shallow: shallow.stdout.toString('utf8').trim() === 'true' };
      } catch {
        return { kind: 'none' }; // git is not installed
      }
    })();
    return this.history;
  }

  /** The full commit id a ref names, or undefined when the history has no such commit. */
  private async resolve(ref: string): Promise<string | undefined> {
    const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /** Every path of a commit's tree, with its mode. */
  private tree(sha: string): Promise<Map<string, string>> {
    let t = this.trees.get(sha);
    if (!t) {
      t = this.git(['ls-tree', '-r', '-z', '--end-of-options', sha]).then((r) => {
        const out = new Map<string, string>();
        for (const entry of r.stdout.toString('utf8').split('\0')) {
          const tab = entry.indexOf('\t');
          if (tab > 0) {
            // "<mode> <type> <object>\t<path>": blobs only (a submodule is a commit).
            const [mode, type] = entry.slice(0, tab).split(' ');
            if (type === 'blob') {
              out.set(entry.slice(tab + 1), mode);
            }
          }
        }
        return out;
      });
      if (this.trees.size >= CACHED_TREES) {
        this.trees.delete(this.trees.keys().next().value!);
      }
      this.trees.set(sha, t);
    }
    return t;
  }

  private async listing(args: string[]): Promise<Set<string>> {
    const r = await this.git(args);
    return new Set(r.stdout.toString('utf8').split('\0').filter(Boolean));
  }

  private workingTreeFile(
    ref: string,
    localPath: string,
    rootPath: string,
    allowed: (repositoryPath: string) => boolean
  ): ForgeFile {
    const realRoot = fs.realpathSync(this.root);
    const inside = (p: string): string | undefined => {
      if (!allowed(p)) {
        return undefined;
      }
      try {
        // The real path, so a symbolic link pointing out of the repository is not followed out.
        const real = fs.realpathSync(path.join(realRoot, p));
        return real.startsWith(realRoot + path.sep) && fs.statSync(real).isFile() ? real : undefined;
      } catch {
        return undefined;
      }
    };
    const p = resolveRepositoryPath(localPath, rootPath, ref, (c) => inside(c) !== undefined);
    return { path: p, bytes: new Uint8Array(fs.readFileSync(inside(p)!)) };
  }
}

function checkRef(ref: string): void {
  if (!ref) {
    throw new ConnectFailure('invalid_argument', 'ref is required: a branch, tag or commit');
  }
  // Characters git refuses in ref names (git check-ref-format), and ones that would make it a
  // revision expression (HEAD~1, main:file) rather than a ref.
  if (ref.startsWith('-') || [...ref].some((c) => c <= ' ' || c === '\x7f' || '~^:?*[\\'.includes(c))) {
    throw new ConnectFailure('invalid_argument', `${JSON.stringify(ref)} is not a git ref`);
  }
}

function unknownRef(ref: string, shallow: boolean): ConnectFailure {
  return new ConnectFailure(
    'not_found',
    shallow
      ? `ref ${ref} is not in the sandbox's repository (a shallow clone: its history may not reach it)`
      : `ref ${ref} is not in the sandbox's repository`
  );
}

function samePath(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

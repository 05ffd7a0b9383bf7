/**
 * Which file of the repository a profile's file name stands for. Profiles name files as their
 * symbols do: a Node service's are absolute paths of the machine that ran it, which the
 * repository does not know. The rule:
 *
 * 1. a `file://` prefix is dropped;
 * 2. a `rootPath` (where the service lives) that prefixes the name is dropped;
 * 3. an absolute name becomes the longest of its suffixes that is a file of the repository at the
 *    ref, so the checkout's own folders fall away:
 *      /tmp/ci7/main/sandbox/demo/rideshare.cjs  →  tmp/ci7/main/sandbox/demo/rideshare.cjs?
 *        ci7/main/sandbox/demo/rideshare.cjs?  main/sandbox/demo/rideshare.cjs?
 *        sandbox/demo/rideshare.cjs ✓
 *    a relative name is relative to the repository root.
 *
 * A name with a `..` segment, or naming anything inside `.git`, is refused: the answer must stay
 * a file of the repository.
 */
import { ConnectFailure } from './connect';

/** Repository paths the name may stand for, most specific first. */
export function repositoryPathCandidates(localPath: string, rootPath: string): string[] {
  let name = localPath.replace(/^file:\/\//, '');
  const root = rootPath.replace(/^file:\/\//, '');
  if (root && name.startsWith(root)) {
    const rest = name.slice(root.length);
    // Only at a folder boundary: root "/src/app" does not prefix "/src/application.js".
    if (root.endsWith('/') || rest.startsWith('/')) {
      name = rest.replace(/^\/+/, '');
    }
  }
  if (!name) {
    throw new ConnectFailure('invalid_argument', 'localPath is required: the file name the profile gives');
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new ConnectFailure(
      'invalid_argument',
      `${localPath} climbs out with "..": name a file inside the repository`
    );
  }
  if (segments.includes('.git')) {
    throw new ConnectFailure('not_found', `${localPath} is inside .git, which is not a file of the repository`);
  }
  if (!name.startsWith('/')) {
    return segments.length ? [segments.join('/')] : [];
  }
  return segments.map((_, i) => segments.slice(i).join('/'));
}

/** The first candidate that `isFile` accepts, or not_found naming what was tried. */
export function resolveRepositoryPath(
  localPath: string,
  rootPath: string,
  ref: string,
  isFile: (repositoryPath: string) => boolean
): string {
  const candidates = repositoryPathCandidates(localPath, rootPath);
  const found = candidates.find(isFile);
  if (found === undefined) {
    throw new ConnectFailure(
      'not_found',
      `file ${localPath} not found in the repository at ${ref}` +
        (candidates.length > 1 ? ` (tried ${candidates.join(', ')})` : '')
    );
  }
  return found;
}

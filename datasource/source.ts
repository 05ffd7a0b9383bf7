/**
 * A function's source for the panel's function details: its file and commit from Pyroscope's
 * source service, when the profiles say where the source lives (service_repository,
 * service_git_ref) and the browser's GitHub session reaches the server. A missing source is never
 * an error: the answer says what would enable it.
 */
import { ConnectError, type PyroscopeClient } from '../src/pyroscope/client';
import type { TimeRangeMs } from '../src/pyroscope/types';
import type { FlamelensQuery } from '../src/contract/query';
import {
  GIT_SESSION_COOKIE,
  SOURCE_LABELS,
  type SourceAnswer,
  type SourceRequest,
} from '../src/contract/functionDetails';
import { getCommits, getFile } from '../src/pyroscope/vcs';
import { scopedMatcher } from './lookups';

export interface SourceSettings {
  /** Grafana's allowed cookies of the datasource (jsonData.keepCookies). */
  keepCookies: readonly string[];
  /** Where users sign in to GitHub for Pyroscope (an admin's setting). */
  signInUrl?: string;
}

/** Where the query's profiles say their source lives: the label values most series carry. */
interface SourceLabels {
  repository: string;
  ref: string;
  rootPath: string;
  /** Other (repository, ref) pairs in the range: deploys of other versions. */
  others: number;
}

async function sourceLabels(client: PyroscopeClient, q: FlamelensQuery, range: TimeRangeMs) {
  const sets = await client.series(
    [scopedMatcher(q.profileTypeId, q.labelSelector)],
    [SOURCE_LABELS.repository, SOURCE_LABELS.ref, SOURCE_LABELS.rootPath],
    range
  );
  const counts = new Map<string, { labels: SourceLabels; n: number }>();
  let half: string | undefined;
  for (const set of sets) {
    const get = (name: string) => set.find((l) => l.name === name)?.value ?? '';
    const labels = { repository: get(SOURCE_LABELS.repository), ref: get(SOURCE_LABELS.ref), rootPath: '', others: 0 };
    if (!labels.repository || !labels.ref) {
      // One of the two alone: say which one is missing rather than that both are.
      half ??= labels.repository ? SOURCE_LABELS.ref : labels.ref ? SOURCE_LABELS.repository : undefined;
      continue;
    }
    labels.rootPath = get(SOURCE_LABELS.rootPath);
    const key = JSON.stringify([labels.repository, labels.ref, labels.rootPath]);
    const seen = counts.get(key) ?? { labels, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked.length ? { ...ranked[0].labels, others: ranked.length - 1 } : { missing: half };
}

const unavailable = (
  reason: Extract<SourceAnswer, { kind: 'unavailable' }>['reason'],
  text: string,
  signInUrl?: string
): SourceAnswer => ({ kind: 'unavailable', reason, text, ...(signInUrl ? { signInUrl } : {}) });

const SIGN_IN_TEXT =
  'No source: Pyroscope reads source files from GitHub for signed-in users only, and this browser has no GitHub session for it. Sign in (Profiles Drilldown: a function’s details → Connect to GitHub), then try again.';

/**
 * The source of a function of a query (already interpolated) over a range: where the query's
 * profiles say their source lives, then the file and its commit from the server.
 */
export async function fetchSource(
  client: PyroscopeClient,
  q: FlamelensQuery,
  range: TimeRangeMs,
  request: SourceRequest,
  settings: SourceSettings
): Promise<SourceAnswer> {
  let labels: SourceLabels | { missing?: string };
  try {
    labels = await sourceLabels(client, q, range);
  } catch (e) {
    return unavailable('failed', `No source: the profiles' labels could not be read (${(e as Error).message}).`);
  }
  if (!('repository' in labels)) {
    return unavailable(
      'no-labels',
      labels.missing
        ? `No source: the profiles carry ${labels.missing === SOURCE_LABELS.ref ? SOURCE_LABELS.repository : SOURCE_LABELS.ref} but no ${labels.missing} label. Add it where the application is profiled (${labels.missing === SOURCE_LABELS.ref ? 'the commit it runs' : "the repository's URL"}) and the source opens here.`
        : `No source: the profiles carry no ${SOURCE_LABELS.repository} and ${SOURCE_LABELS.ref} labels. Label them where the application is profiled (the repository's URL and the commit it runs, e.g. as Pyroscope SDK tags) and the source opens here.`
    );
  }
  const localPath = request.file;
  if (!localPath) {
    return unavailable('no-file', 'No source: the profile names no source file for this function.');
  }
  if (!settings.keepCookies.includes(GIT_SESSION_COOKIE)) {
    return unavailable(
      'cookie-not-allowed',
      `No source: this datasource does not forward the ${GIT_SESSION_COOKIE} cookie that carries the GitHub session to Pyroscope. An admin can allow it in the datasource's settings (Source code → Forward the GitHub session cookie, Grafana's allowed cookies).`
    );
  }
  const { repository, ref, rootPath } = labels;
  // The commit is asked alongside the file, not after it: the two waits do not add up.
  const commits = getCommits(client, repository, [ref]).then(
    ([c]) => ({ commit: c }),
    (e: unknown) => ({ note: `The commit could not be read: ${(e as Error).message}` })
  );
  let file: { text: string; url: string };
  try {
    file = await getFile(client, { repositoryURL: repository, ref, localPath, rootPath, functionName: request.name });
  } catch (e) {
    return fileError(e, settings.signInUrl);
  }
  const answer: SourceAnswer = {
    kind: 'file',
    file: { path: localPath, url: file.url, text: file.text, repository, ref },
    ...(labels.others > 0
      ? { commitNote: `The range also has ${labels.others} other version(s) of the service; showing ${ref}.` }
      : {}),
  };
  const got = await commits;
  if ('note' in got) {
    return { ...answer, commitNote: got.note };
  }
  return got.commit ? { ...answer, commit: got.commit } : answer;
}

function fileError(e: unknown, signInUrl?: string): SourceAnswer {
  if (!(e instanceof ConnectError)) {
    return unavailable('failed', `No source: ${(e as Error).message}`);
  }
  if (e.code === 'unauthenticated' || e.status === 401) {
    return unavailable('signed-out', SIGN_IN_TEXT, signInUrl);
  }
  // Connect answers not_found with HTTP 404 too: only a 404 without that code is a missing service.
  if (e.code === 'unimplemented' || (e.status === 404 && e.code !== 'not_found')) {
    return unavailable(
      'no-service',
      'No source: this server has no source service (vcs.v1). Pyroscope offers it when a GitHub app is configured.'
    );
  }
  if (e.code === 'not_found') {
    return unavailable('not-found', `No source: ${e.message}`);
  }
  return unavailable('failed', `No source: ${e.message}`);
}

/**
 * What the panel asks a Flamelens datasource about one function (its details: self, total,
 * callers, callees, lines), and what it gets back, including its source when the server can give it.
 */
import type { FunctionDetails } from '../pprof/functionDetails';

export interface FunctionDetailsRequest {
  /** The function, named as the flame graph names it. */
  name: string;
  /** Frames from the root down to the node the user picked (the node's own included); empty or
   * unset: the function wherever it runs (the top table, the sandwich). */
  callSite?: string[];
}

/** A commit the source came from (vcs.v1 GetCommits). */
export interface SourceCommit {
  sha: string;
  /** The first line of the message is its subject. */
  message: string;
  author: string;
  /** As the server wrote it (RFC 3339). */
  date: string;
  url: string;
}

export interface SourceFile {
  /** The path as the server found it in the repository (or as the profile named it). */
  path: string;
  /** Where the file can be read in the forge. */
  url: string;
  text: string;
  repository: string;
  ref: string;
}

/** Why there is no source: each says what would enable it. */
export type SourceUnavailableReason =
  /** The profiles carry no service_repository and service_git_ref labels. */
  | 'no-labels'
  /** The profile names no file for the function. */
  | 'no-file'
  /** The datasource does not let Grafana forward the pyroscope_git_session cookie. */
  | 'cookie-not-allowed'
  /** The server wants a GitHub session and the browser has none (or it expired). */
  | 'signed-out'
  /** The server has no source service (vcs.v1). */
  | 'no-service'
  /** The repository, ref or file was not found. */
  | 'not-found'
  /** Anything else: the server's message is in the text. */
  | 'failed';

export type SourceAnswer =
  | { kind: 'file'; file: SourceFile; commit?: SourceCommit; commitNote?: string }
  | { kind: 'unavailable'; reason: SourceUnavailableReason; text: string; signInUrl?: string };

/** What the source of a function is asked by: its name and the file its profile names. */
export interface SourceRequest {
  name: string;
  /** The file as the profile's symbols name it (a path on the machine that built or ran it). */
  file: string;
}

export interface FunctionDetailsAnswer {
  details: FunctionDetails;
  /** The file whose source is shown (or asked for). */
  file: string;
  /** Unset while it loads: the lines show first. */
  source?: SourceAnswer;
  /** The call site the details were computed for (empty: the whole profile). */
  callSite: string[];
}

/** The cookie Pyroscope's source service reads the GitHub session from. */
export const GIT_SESSION_COOKIE = 'pyroscope_git_session';

/** Labels that say where a service's source lives (Pyroscope's source code integration). */
export const SOURCE_LABELS = {
  repository: 'service_repository',
  ref: 'service_git_ref',
  rootPath: 'service_root_path',
} as const;

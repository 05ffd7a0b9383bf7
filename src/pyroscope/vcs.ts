/**
 * Pyroscope's source service (vcs.v1.VCSService): a file of a repository at a ref, and the commits
 * behind refs. Pyroscope reads them from GitHub for a signed-in user only.
 */
import type { PyroscopeClient } from './client';
import {
  GetCommitsRequestSchema,
  GetCommitsResponseSchema,
  GetFileRequestSchema,
  GetFileResponseSchema,
} from './gen/vcs/v1/vcs_pb';
import type { SourceCommit } from '../contract/functionDetails';

export const VCS = 'vcs.v1.VCSService';

export interface FileRequest {
  repositoryURL: string;
  ref: string;
  localPath: string;
  rootPath: string;
  functionName: string;
}

export async function getFile(client: PyroscopeClient, r: FileRequest): Promise<{ text: string; url: string }> {
  const got = await client.call(`${VCS}/GetFile`, GetFileRequestSchema, r, GetFileResponseSchema);
  return { text: base64Text(got.content), url: got.URL };
}

export async function getCommits(
  client: PyroscopeClient,
  repositoryURL: string,
  refs: string[]
): Promise<SourceCommit[]> {
  const got = await client.call(
    `${VCS}/GetCommits`,
    GetCommitsRequestSchema,
    { repositoryUrl: repositoryURL, refs },
    GetCommitsResponseSchema
  );
  return got.commits.map((c) => ({
    sha: c.sha,
    message: c.message,
    author: c.author?.login ?? '',
    date: c.date,
    url: c.URL,
  }));
}

/** Base64 (standard or URL alphabet, padded or not, wrapped or not) to UTF-8 text. */
export function base64Text(b64: string): string {
  const clean = b64.replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    bytes[i] = bin.charCodeAt(i);
  }
  return new TextDecoder().decode(bytes);
}

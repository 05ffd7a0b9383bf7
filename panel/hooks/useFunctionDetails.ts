/**
 * The function details drawer's state: what was asked (a function, maybe at a call site) and what
 * came back, lines first and the source after. Asking again, closing, or new query data drops an
 * answer still on its way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelData } from '@grafana/data';
import type { FunctionDetailsAnswer, FunctionDetailsRequest, SourceAnswer } from '../../src/contract/functionDetails';
import type { FunctionDetails } from '../../src/pprof/functionDetails';
import type { Override } from '../droppedFile';
import { profilesSource, type ProfilesSource } from '../profilesDatasource';
import { filesOf } from '../sourceMargin';
import { useLatestOnly } from './useLatestOnly';

export type DetailsState = { request: FunctionDetailsRequest } & (
  | { kind: 'loading' }
  | { kind: 'ready'; answer: FunctionDetailsAnswer }
  /** No sample of the profile has the function there, or the panel cannot ask. */
  | { kind: 'message'; text: string }
  | { kind: 'error'; text: string }
);

export interface FunctionDetailsControl {
  state?: DetailsState;
  open: (request: FunctionDetailsRequest) => void;
  /** Shows the source of another file of the function (or asks for the same one again). */
  showFile: (file: string) => void;
  close: () => void;
}

const NO_SOURCE: SourceAnswer = {
  kind: 'unavailable',
  reason: 'no-labels',
  text: "No source for a dropped file: the source opens for the datasource's profiles when they carry service_repository and service_git_ref labels.",
};

type SourceCapable = ProfilesSource & Required<Pick<ProfilesSource, 'source'>>;

const hasSource = (src: ProfilesSource): src is SourceCapable => src.source !== undefined;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Lines from the merged pprof of the call site (every stack, not the truncated tree), read without
 * decoding the rest of the profile.
 */
async function linesOf(src: ProfilesSource, request: FunctionDetailsRequest): Promise<FunctionDetails | undefined> {
  const callSite = request.callSite ?? [];
  const [raw, { functionDetailsOfBytes }] = await Promise.all([
    src.downloadProfile(callSite.length ? callSite : undefined),
    // The reader loads with the first details opened, not with every dashboard.
    import('../../src/pprof/functionDetailsOfBytes'),
  ]);
  // A query's merged pprof holds the query's one sample type.
  return raw?.length ? functionDetailsOfBytes(raw, request.name, 0) : undefined;
}

/** The file shown first: the one the function spends most in (a name can be in several files). */
function firstFile(details: FunctionDetails): string {
  return filesOf(details.lines)[0]?.file || details.file;
}

function sourceOf(src: SourceCapable, name: string, file: string): Promise<SourceAnswer> {
  return file
    ? src.source({ name, file }).catch((e: unknown): SourceAnswer => ({
        kind: 'unavailable',
        reason: 'failed',
        text: `No source: ${message(e)}`,
      }))
    : Promise.resolve({
        kind: 'unavailable',
        reason: 'no-file',
        text: 'No source: the profile names no source file for this function.',
      });
}

export function useFunctionDetails(data: PanelData, override: Override | undefined): FunctionDetailsControl {
  const [state, setState] = useState<DetailsState>();
  const guard = useLatestOnly();
  // The datasource of the shown answer, to ask it for another file.
  const shownFrom = useRef<SourceCapable>();
  useEffect(() => guard.invalidate(), [data.series, guard]);

  const loadSource = useCallback(
    (ticket: number, src: SourceCapable, request: FunctionDetailsRequest, details: FunctionDetails, file: string) => {
      const show = (s: DetailsState) => guard.isCurrent(ticket) && setState(s);
      const base = { details, callSite: request.callSite ?? [], file };
      show({ request, kind: 'ready', answer: base });
      void sourceOf(src, details.name, file).then((source) =>
        show({ request, kind: 'ready', answer: { ...base, source } })
      );
    },
    [guard]
  );

  const open = useCallback(
    (request: FunctionDetailsRequest) => {
      const ticket = guard.take();
      const show = (s: DetailsState) => guard.isCurrent(ticket) && setState(s);
      if (override?.details) {
        // A dropped pprof: its own lines, wherever the function runs in it; no labels, no source.
        const details = override.details(request.name);
        show(
          details
            ? { request, kind: 'ready', answer: { details, callSite: [], file: firstFile(details), source: NO_SOURCE } }
            : { request, kind: 'message', text: 'No sample of the file has this function.' }
        );
        return;
      }
      if (override) {
        // The datasource knows the query's profiles, not one exemplar's profile or a fetched subtree.
        show({
          request,
          kind: 'message',
          text: `Function details read the query's profiles from the datasource; the panel is showing ${override.label}. Go back to the query's data to open them.`,
        });
        return;
      }
      show({ request, kind: 'loading' });
      void (async () => {
        const src = await profilesSource(data);
        if (!src || !hasSource(src)) {
          show({
            request,
            kind: 'message',
            text: 'Function details (lines and source) need the Flamelens Profiles datasource: it fetches the pprof of the call site they are read from.',
          });
          return;
        }
        try {
          const details = await linesOf(src, request);
          if (!details) {
            show({ request, kind: 'message', text: 'No sample of the profile has this function at this call site.' });
            return;
          }
          shownFrom.current = src;
          loadSource(ticket, src, request, details, firstFile(details));
        } catch (e) {
          show({ request, kind: 'error', text: message(e) });
        }
      })();
    },
    [data, override, guard, loadSource]
  );

  const showFile = useCallback(
    (file: string) => {
      const src = shownFrom.current;
      if (state?.kind === 'ready' && src) {
        loadSource(guard.take(), src, state.request, state.answer.details, file);
      }
    },
    [state, guard, loadSource]
  );

  const close = useCallback(() => {
    guard.invalidate();
    setState(undefined);
  }, [guard]);
  return { state, open, showFile, close };
}

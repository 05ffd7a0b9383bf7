/**
 * A guard for answers that arrive out of order: each request takes a ticket, and only the newest
 * ticket's answer may be applied. A slow first answer arriving after a second request's (or after
 * new query data) is dropped instead of overwriting what is on screen.
 */
import { useRef } from 'react';

export interface LatestOnly {
  /** A ticket for a new request; every older ticket becomes stale. */
  take: () => number;
  /** Whether a ticket is still the newest. */
  isCurrent: (ticket: number) => boolean;
  /** Makes every ticket stale (e.g. the data they were for is gone). */
  invalidate: () => void;
}

export function latestOnly(): LatestOnly {
  let latest = 0;
  return {
    take: () => ++latest,
    isCurrent: (ticket) => ticket === latest,
    invalidate: () => {
      latest++;
    },
  };
}

/** One guard for the component's lifetime (the same object on every render). */
export function useLatestOnly(): LatestOnly {
  const guard = useRef<LatestOnly>();
  guard.current ??= latestOnly();
  return guard.current;
}

/**
 * "Now", injected: code that needs the current time takes a Clock, so tests can pin it (and the
 * unit tests also run under a shifted system clock, see scripts/test-shifted-clock.cjs).
 */
export type Clock = () => number;

/** Milliseconds since the epoch, from the system clock. */
export const systemClock: Clock = () => Date.now();

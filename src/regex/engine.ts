/**
 * The regular expression engine every user- or dashboard-supplied pattern runs on is injected, like
 * the transport: `re2.ts` is the one to inject (RE2, linear time in the input: a pattern such as
 * `((a+)+)+b` cannot freeze a server or a browser tab, as JavaScript's backtracking RegExp can).
 * Code that only needs the type imports this file, so bundles load the engine when a pattern
 * actually needs it.
 */

/** A compiled pattern: whether a string matches. */
export type StringTest = (text: string) => boolean;

export interface RegexOptions {
  /** Match the whole string, as Prometheus and Pyroscope label matchers do (`^(?:…)$`). */
  anchored?: boolean;
  caseInsensitive?: boolean;
}

export interface RegexEngine {
  /** The compiled pattern, or RE2's syntax error (e.g. "missing closing ): `(a`"). */
  compile(source: string, opts?: RegexOptions): { test: StringTest } | { error: string };
}

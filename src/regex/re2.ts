/**
 * RE2 (through re2js, a pure JavaScript port: no eval, no WebAssembly, so it runs under a CSP
 * without 'unsafe-eval' or 'wasm-unsafe-eval'), the engine for every pattern a user or a dashboard
 * supplies: label matchers in the sandbox, the panel's search, hidden frames. Matching is linear in
 * the input; RE2's syntax is Go's and Pyroscope's (no lookaround, no backreferences).
 */
import { RE2JS } from 're2js';
import type { RegexEngine, RegexOptions } from './engine';

export const re2: RegexEngine = {
  compile(source: string, opts: RegexOptions = {}) {
    const flags = (opts.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0) | RE2JS.DOTALL;
    try {
      const pattern = RE2JS.compile(opts.anchored ? `^(?:${source})$` : source, flags);
      return { test: (text: string) => pattern.matcher(text).find() };
    } catch {
      // Compiled again alone for the message: it then quotes what the user typed, not the
      // anchoring wrapper or the flags re2js prints in front of it (`(?s)^(?:(a)$`).
      try {
        RE2JS.compile(source);
      } catch (e) {
        return { error: (e instanceof Error ? e.message : String(e)).replace(/^error parsing regexp: /, '') };
      }
      return { error: 'the pattern cannot be anchored (it closes a group it did not open)' };
    }
  },
};

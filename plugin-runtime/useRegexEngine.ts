/**
 * The RE2 engine for the patterns a viewer types or a dashboard sets (search, hidden frames),
 * loaded the first time one is needed: it is a lazy chunk, so dashboards that never use a
 * pattern never download it. Undefined until it has loaded.
 */
import { useEffect, useState } from 'react';
import type { RegexEngine } from '../src/regex/engine';

let loaded: RegexEngine | undefined;
let loading: Promise<RegexEngine> | undefined;

export function loadRegexEngine(): Promise<RegexEngine> {
  loading ??= import('../src/regex/re2').then((m) => (loaded = m.re2));
  return loading;
}

export function useRegexEngine(needed: boolean): RegexEngine | undefined {
  const [engine, setEngine] = useState<RegexEngine | undefined>(loaded);
  useEffect(() => {
    let live = true;
    if (needed && !engine) {
      void loadRegexEngine().then((e) => live && setEngine(e));
    }
    return () => {
      live = false;
    };
  }, [needed, engine]);
  return engine;
}

// Shared jest setup. Tests that render React opt into jsdom with a docblock
// (`@jest-environment jsdom`); everything else runs in plain Node, as src/ must.
import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'util';

process.env.TZ = 'UTC';

const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextEncoder) {
  g.TextEncoder = TextEncoder;
  g.TextDecoder = TextDecoder;
}

if (typeof window !== 'undefined') {
  // @grafana/runtime reads boot data at import time and logs an error without it.
  (window as unknown as Record<string, unknown>).grafanaBootData = {
    settings: { buildInfo: { version: '13.1.1' } },
    user: {},
  };
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
}

if (typeof HTMLCanvasElement !== 'undefined') {
  // jsdom has no 2D canvas; components must cope with a null context (real drawing is tested in
  // the browser end to end).
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

/**
 * Errors the core reports. Each carries a `kind` so callers (the panel, the datasource, the CLI)
 * can decide how to show it without matching on message text, and a message that says what was
 * expected and how to fix it.
 */
export type FlamelensErrorKind =
  | 'malformed-protobuf'
  | 'not-a-profile'
  | 'legacy-profile'
  | 'truncated-gzip'
  | 'bad-gzip-checksum'
  | 'empty-input'
  | 'bad-flamebearer'
  | 'bad-frame'
  | 'bad-folded'
  | 'bad-selector'
  | 'unknown-sample-type'
  | 'too-large';

export class FlamelensError extends Error {
  readonly kind: FlamelensErrorKind;
  constructor(kind: FlamelensErrorKind, message: string) {
    super(message);
    this.name = 'FlamelensError';
    this.kind = kind;
  }
}

export function isFlamelensError(e: unknown): e is FlamelensError {
  return e instanceof FlamelensError;
}

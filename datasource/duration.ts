/** Parses a Grafana-style duration ("15s", "1m", "500ms", "2h") into seconds; undefined if invalid. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+)(ms|s|m|h|d|w|M|y)$/.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const n = Number(m[1]);
  const unitSeconds: Record<string, number> = {
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86400,
    w: 604800,
    M: 2592000,
    y: 31536000,
  };
  return n * unitSeconds[m[2]];
}

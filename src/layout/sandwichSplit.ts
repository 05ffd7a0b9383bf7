/**
 * How a sandwich shares its height between the callers (above) and the callees (below).
 *
 * Halves of equal height leave a shallow side's space empty while the other is clipped: each side
 * gets the height it needs when both fit; when one is shallow the other takes the rest; when both
 * overflow, they get half each. Heights in CSS px.
 *
 *   height 300, need 60 / 500   →  60 / 240       need 500 / 500  →  150 / 150
 *   height 300, need 500 / 40   →  260 / 40       need 100 / 100  →  100 / 200
 */
export function sandwichSplit(
  height: number,
  callersNeed: number,
  calleesNeed: number
): { callers: number; callees: number } {
  const callers = Math.floor(Math.min(callersNeed, Math.max(height / 2, height - calleesNeed)));
  return { callers, callees: Math.max(0, height - callers) };
}

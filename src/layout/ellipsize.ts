/**
 * Shortening a name to a number of characters so the part that tells names apart stays: function
 * names share long prefixes (a file path, a package), so the middle goes first, or the head when
 * the reader asked for names' tails.
 *
 *  "./sandbox/demo/rideshare.cjs:OrderCar:48", 24, 'middle'  →  "./sandbox/d…:OrderCar:48"
 *  the same, 20, 'end'                                       →  "…are.cjs:OrderCar:48"
 */
export type Keep = 'start' | 'middle' | 'end';

export function ellipsize(text: string, maxChars: number, keep: Keep): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) {
    return text;
  }
  if (maxChars <= 1) {
    return maxChars === 1 ? '…' : '';
  }
  const room = maxChars - 1;
  if (keep === 'start') {
    return `${chars.slice(0, room).join('')}…`;
  }
  if (keep === 'end') {
    return `…${chars.slice(chars.length - room).join('')}`;
  }
  // More of the end than the start: the end (function, line) is what differs most often.
  const head = Math.floor(room / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (room - head)).join('')}`;
}

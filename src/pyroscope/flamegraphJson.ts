/**
 * A Connect JSON flame graph answer (`{"flamegraph":{"names":[…],"levels":[{"values":["0","10",…]}],…}}`)
 * straight to a call tree — the JSON twin of flamegraphWire.ts, for clients that speak Connect JSON
 * (the datasource speaks binary protobuf) — without JSON.parse building an object and a string per number:
 * a one-pass scanner reads the values into Float64Arrays. At Pyroscope's 1,048,576-node maximum the
 * body is tens of megabytes, and most of JSON.parse's time goes into the millions of short strings
 * it allocates. Anything the scanner does not expect falls back to JSON.parse, so odd but valid
 * JSON is still read correctly.
 */
import { CallTree } from '../tree/callTree';
import { treeFromFlamebearer } from '../formats/flamebearer';
import { FlamelensError } from '../errors';

class Fallback extends Error {}

const QUOTE = 34;
const BACKSLASH = 92;

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  ws(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      c = s.charCodeAt(++this.i);
    }
  }

  expect(ch: number): void {
    this.ws();
    if (this.s.charCodeAt(this.i) !== ch) {
      throw new Fallback();
    }
    this.i++;
  }

  peek(): number {
    this.ws();
    return this.s.charCodeAt(this.i);
  }

  string(): string {
    this.expect(QUOTE);
    const s = this.s;
    const start = this.i;
    let c = s.charCodeAt(this.i);
    while (c !== QUOTE) {
      if (c === BACKSLASH) {
        // Escapes are rare in function names: let JSON.parse decode this one string.
        let j = this.i;
        while (j < s.length) {
          const d = s.charCodeAt(j);
          if (d === BACKSLASH) {
            j += 2;
            continue;
          }
          if (d === QUOTE) {
            break;
          }
          j++;
        }
        this.i = j + 1;
        return JSON.parse(s.slice(start - 1, j + 1)) as string;
      }
      if (Number.isNaN(c)) {
        throw new Fallback();
      }
      c = s.charCodeAt(++this.i);
    }
    this.i++;
    return s.slice(start, this.i - 1);
  }

  /** A number, bare or quoted (int64 arrives quoted). Integers are read digit by digit. */
  number(): number {
    this.ws();
    const s = this.s;
    const quoted = s.charCodeAt(this.i) === QUOTE;
    if (quoted) {
      this.i++;
    }
    let c = s.charCodeAt(this.i);
    let neg = false;
    if (c === 45) {
      neg = true;
      c = s.charCodeAt(++this.i);
    }
    let v = 0;
    let digits = 0;
    while (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      c = s.charCodeAt(++this.i);
    }
    if (digits === 0 || c === 46 || c === 101 || c === 69 || digits > 15) {
      // Fractions, exponents and integers past 15 digits: exactness matters more than speed here.
      throw new Fallback();
    }
    if (quoted) {
      if (c !== QUOTE) {
        throw new Fallback();
      }
      this.i++;
    }
    return neg ? -v : v;
  }

  /** Skips any JSON value. */
  skip(): void {
    const c = this.peek();
    if (c === QUOTE) {
      this.string();
    } else if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      this.i++;
      if (this.peek() === close) {
        this.i++;
        return;
      }
      for (;;) {
        if (c === 123) {
          this.string();
          this.expect(58);
        }
        this.skip();
        const n = this.peek();
        this.i++;
        if (n === close) {
          return;
        }
        if (n !== 44) {
          throw new Fallback();
        }
      }
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 64));
      if (!m) {
        throw new Fallback();
      }
      this.i += m[0].length;
    }
  }

  /** Iterates an object's keys, calling `onKey` positioned at each value. */
  object(onKey: (key: string) => void): void {
    this.expect(123);
    if (this.peek() === 125) {
      this.i++;
      return;
    }
    for (;;) {
      const key = this.string();
      this.expect(58);
      onKey(key);
      const n = this.peek();
      this.i++;
      if (n === 125) {
        return;
      }
      if (n !== 44) {
        throw new Fallback();
      }
    }
  }

  array(onItem: () => void): void {
    this.expect(91);
    if (this.peek() === 93) {
      this.i++;
      return;
    }
    for (;;) {
      onItem();
      const n = this.peek();
      this.i++;
      if (n === 93) {
        return;
      }
      if (n !== 44) {
        throw new Fallback();
      }
    }
  }
}

interface Parsed {
  names: string[];
  levels: Float64Array[];
}

function scan(body: string): Parsed | undefined {
  const sc = new Scanner(body);
  let found: Parsed | undefined;
  sc.object((key) => {
    if (key !== 'flamegraph') {
      sc.skip();
      return;
    }
    const names: string[] = [];
    const levels: Float64Array[] = [];
    sc.object((k) => {
      if (k === 'names') {
        sc.array(() => names.push(sc.string()));
      } else if (k === 'levels') {
        let buf = new Float64Array(1024);
        sc.array(() => {
          let n = 0;
          sc.object((lk) => {
            if (lk !== 'values') {
              sc.skip();
              return;
            }
            sc.array(() => {
              if (n === buf.length) {
                const bigger = new Float64Array(buf.length * 2);
                bigger.set(buf);
                buf = bigger;
              }
              buf[n++] = sc.number();
            });
          });
          levels.push(buf.slice(0, n));
        });
      } else {
        sc.skip();
      }
    });
    found = { names, levels };
  });
  sc.ws();
  if (sc.i !== body.length) {
    throw new Fallback();
  }
  return found;
}

/** Decodes the flame graph of a Connect JSON answer into a tree; undefined when it holds none. */
export function flameGraphJsonToTree(body: string): CallTree | undefined {
  let parsed: Parsed | undefined;
  try {
    parsed = scan(body);
  } catch (e) {
    if (!(e instanceof Fallback) && !(e instanceof SyntaxError)) {
      throw e;
    }
    let json: { flamegraph?: { names?: string[]; levels?: Array<{ values?: Array<string | number> }> } };
    try {
      json = JSON.parse(body) as typeof json;
    } catch (err) {
      throw new FlamelensError(
        'bad-flamebearer',
        `the flame graph answer is not valid JSON: ${(err as Error).message}`
      );
    }
    const fg = json?.flamegraph;
    parsed = fg
      ? { names: fg.names ?? [], levels: (fg.levels ?? []).map((l) => Float64Array.from((l.values ?? []).map(Number))) }
      : undefined;
  }
  if (!parsed || parsed.levels.length === 0) {
    return undefined;
  }
  return treeFromFlamebearer(parsed.names, parsed.levels);
}

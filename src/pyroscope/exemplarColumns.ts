/**
 * Exemplars as columns. A day of points has an exemplar per point; what a view draws is each one's
 * time and value, what it reads of the rest is the one a user points at. So the decoder keeps
 * each exemplar's bytes (offsets into the answer) and decodes its IDs and labels when first read:
 * an answer costs its markers, not its 57,600 UUIDs.
 */
import type { Exemplar, ExemplarColumns, LabelPair } from './types';

/** Decodes exemplar `i`'s message bytes (the same bytes give equal results). */
export type ExemplarDecoder = (start: number, end: number) => Exemplar;

function grow(a: Float64Array): Float64Array {
  // ×4: a day of points takes two growths from the first 1,024, not three.
  const b = new Float64Array(Math.max(16, a.length * 4));
  b.set(a);
  return b;
}

class Columns implements ExemplarColumns {
  private readonly decoded: Array<Exemplar | undefined>;
  constructor(
    readonly length: number,
    readonly timestamp: Float64Array,
    readonly value: Float64Array,
    private readonly read: (i: number) => Exemplar
  ) {
    this.decoded = new Array<Exemplar | undefined>(length);
  }

  at(i: number): Exemplar {
    return (this.decoded[i] ??= this.read(i));
  }
}

/** Collects exemplars as the wire decoder meets them: time, value and where the rest is. */
export class ExemplarColumnsBuilder {
  private n = 0;
  // A series has up to one exemplar per point: room for some before growing (doubling).
  private timestamp: Float64Array = new Float64Array(1024);
  private value: Float64Array = new Float64Array(1024);
  private bytes: Float64Array = new Float64Array(2 * 1024);

  add(timestamp: number, value: number, start: number, end: number): void {
    if (this.n === this.timestamp.length) {
      this.timestamp = grow(this.timestamp);
      this.value = grow(this.value);
      this.bytes = grow(this.bytes);
    }
    this.timestamp[this.n] = timestamp;
    this.value[this.n] = value;
    this.bytes[2 * this.n] = start;
    this.bytes[2 * this.n + 1] = end;
    this.n++;
  }

  build(decode: ExemplarDecoder): ExemplarColumns {
    const bytes = this.bytes;
    return new Columns(this.n, this.timestamp.subarray(0, this.n), this.value.subarray(0, this.n), (i) =>
      decode(bytes[2 * i], bytes[2 * i + 1])
    );
  }
}

/** Columns over exemplars already decoded (JSON answers, heatmap cells). */
export function exemplarColumns(list: readonly Exemplar[]): ExemplarColumns {
  return new Columns(
    list.length,
    Float64Array.from(list, (e) => e.timestamp),
    Float64Array.from(list, (e) => e.value),
    (i) => list[i]
  );
}

/** Every exemplar of several column sets, decoded (for the few a panel's timeline shows). */
export function exemplarsOf(columns: ReadonlyArray<ExemplarColumns | undefined>): Exemplar[] {
  const out: Exemplar[] = [];
  for (const c of columns) {
    for (let i = 0; c && i < c.length; i++) {
      out.push(c.at(i));
    }
  }
  return out;
}

/** A label list as one line: "pod=a, region=eu". */
export const labelsText = (labels: readonly LabelPair[]) => labels.map((l) => `${l.name}=${l.value}`).join(', ');

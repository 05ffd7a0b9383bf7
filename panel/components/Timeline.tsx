import React, { useEffect, useMemo, useRef, useState } from 'react';
import { useTheme2 } from '@grafana/ui';
import { dateTimeFormat } from '@grafana/data';
import type { Timeline as TimelineData } from '../profileData';
import { formatValue } from './format';
import { fitCanvas } from './canvasSize';
import { fillLine } from './timelineDraw';

interface Props {
  data: TimelineData;
  width: number;
  height: number;
  /** The range the side's flame graph shows (ms). */
  selected?: { start: number; end: number };
  /** A range was dragged out (ms): retarget the side to it. */
  onSelect: (range: { start: number; end: number }) => void;
  label: string;
}

/**
 * The profile metric over a comparison side's query range, as Pyroscope's comparison page shows it
 * above each flame graph: drag across it to look at a narrower window on that side only.
 */
export function Timeline({ data, width, height, selected, onSelect, label }: Props) {
  const theme = useTheme2();
  const ref = useRef<HTMLCanvasElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number }>();
  const t0 = data.times[0];
  const t1 = data.times[data.times.length - 1];
  const span = Math.max(1, t1 - t0);
  const xOf = (t: number) => ((t - t0) / span) * width;
  const tOf = (x: number) => t0 + (Math.max(0, Math.min(width, x)) / width) * span;
  const max = useMemo(() => data.values.reduce((m, v) => Math.max(m, v), 0), [data]);

  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) {
      return;
    }
    const dpr = fitCanvas(c, width, height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const yOf = (v: number) => height - 2 - (max > 0 ? (v / max) * (height - 4) : 0);
    fillLine(ctx, Array.from(data.times, xOf), (i) => yOf(data.values[i]), height, theme);
    const band = drag ? { start: tOf(Math.min(drag.from, drag.to)), end: tOf(Math.max(drag.from, drag.to)) } : selected;
    if (band) {
      ctx.fillStyle = theme.isDark ? 'rgba(255,255,255,0.15)' : 'rgba(0,0,0,0.12)';
      ctx.fillRect(xOf(band.start), 0, Math.max(1, xOf(band.end) - xOf(band.start)), height);
    }
    // xOf/tOf derive from data and width, already dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, max, width, height, selected, drag, theme]);

  const x = (e: React.PointerEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const axis = { position: 'absolute' as const, top: 0, fontSize: 10, opacity: 0.75, pointerEvents: 'none' as const };
  return (
    <div style={{ position: 'relative', width, height }}>
      {/* The axis in words: where the line starts and ends, and its peak. */}
      <span style={{ ...axis, left: 2 }}>{dateTimeFormat(t0, { format: 'HH:mm:ss' })}</span>
      <span style={{ ...axis, left: '50%', transform: 'translateX(-50%)' }}>peak {formatValue(max, data.unit)}</span>
      <span style={{ ...axis, right: 2 }}>{dateTimeFormat(t1, { format: 'HH:mm:ss' })}</span>
      <canvas
        ref={ref}
        style={{ width, height, display: 'block', cursor: 'crosshair', touchAction: 'none' }}
        role="img"
        aria-label={`${label}: ${data.times.length} points, peak ${formatValue(max, data.unit)}. Drag to pick a range.`}
        data-testid="flamelens-timeline"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          setDrag({ from: x(e), to: x(e) });
        }}
        onPointerMove={(e) => drag && setDrag({ from: drag.from, to: x(e) })}
        onPointerUp={(e) => {
          if (!drag) {
            return;
          }
          const a = Math.min(drag.from, x(e));
          const b = Math.max(drag.from, x(e));
          setDrag(undefined);
          // A click without a drag is not a range.
          if (b - a >= 3) {
            onSelect({ start: Math.round(tOf(a)), end: Math.round(tOf(b)) });
          }
        }}
      />
    </div>
  );
}

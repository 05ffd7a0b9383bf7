import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { PanelProps } from '@grafana/data';
import { Alert } from '@grafana/ui';
import { checkNestedSetFrame, nestedSetFrameToTree } from '../src/frames/nestedSet';
import { isFlamelensError } from '../src/errors';
import { FlameCanvas } from './components/FlameCanvas';
import { TopTable } from './components/TopTable';
import type { FlameGraphPanelOptions } from './types';

type Props = PanelProps<FlameGraphPanelOptions>;

type Decoded = { ok: true; tree: ReturnType<typeof nestedSetFrameToTree>['tree']; unit?: string } | { ok: false; message: string };

/** Finds the first flame graph frame in the panel's data and decodes it; says what is missing otherwise. */
function decode(series: Props['data']['series']): Decoded {
  if (series.length === 0) {
    return { ok: false, message: 'No data: the query returned no profile for this time range and selector.' };
  }
  const frame = series.find((f) => checkNestedSetFrame(f) === undefined);
  if (!frame) {
    return { ok: false, message: checkNestedSetFrame(series[0]) ?? 'No flame graph frame in the data.' };
  }
  try {
    const { tree, unit } = nestedSetFrameToTree(frame);
    return { ok: true, tree, unit };
  } catch (e) {
    return { ok: false, message: isFlamelensError(e) ? e.message : `Could not read the flame graph: ${String(e)}` };
  }
}

const wrap = css({ display: 'flex', gap: 8, height: '100%' });

export function FlameGraphPanel({ data, options, width, height }: Props) {
  const decoded = useMemo(() => decode(data.series), [data.series]);
  if (!decoded.ok) {
    return (
      <Alert title="Cannot show a flame graph" severity="info">
        {decoded.message}
      </Alert>
    );
  }
  const { tree, unit } = decoded;
  if (options.view === 'table') {
    return <TopTable tree={tree} unit={unit} width={width} height={height} />;
  }
  if (options.view === 'flamegraph') {
    return <FlameCanvas tree={tree} unit={unit} width={width} height={height} />;
  }
  const tableWidth = Math.min(Math.floor(width * 0.4), 520);
  return (
    <div className={wrap}>
      <TopTable tree={tree} unit={unit} width={tableWidth} height={height} />
      <FlameCanvas tree={tree} unit={unit} width={width - tableWidth - 8} height={height} />
    </div>
  );
}

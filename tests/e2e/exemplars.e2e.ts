/**
 * From a spike to one profile, and from profiles to traces (#16), on the provisioned dashboard's
 * "Profiles and traces" row through the sandbox's proxy: a diamond opens that profile alone (its
 * total is the exemplar's), the span heatmap paints the slow requests' cells (pixels read back),
 * "Open flame graph" on a span shows that span only, "Open trace" reaches the trace in the traces
 * datasource, and a server without heatmaps explains instead of failing.
 */
import { Browser, Page } from 'playwright-core';
import { launchBrowser, recordedPage, Sandbox, screenshot, startSandbox, waitForProfiles } from './harness';
import { labelledPprof, type LabelledSample } from '../../sandbox/server/testing';

let browser: Browser;
const MIN = 60_000;
// The dashboard's range: one hour, whole minutes, ending 5 minutes from now (profiles are in the past).
const T0 = Math.floor((Date.now() - 55 * MIN) / MIN) * MIN;
const T1 = T0 + 60 * MIN;
const SERIES_STEP_S = 30; // ceil(3600 s / 120 columns), above the 15 s minimum
const HEATMAP_STEP_S = 57; // ceil(3600 s / 64 columns)
const PLOT_PAD = 5;
const PLOT_H = 124; // a heatmap's plot: 20 buckets of 5.7 px

const trace = (i: number) => `${'ab'.repeat(15)}${String(i).padStart(2, '0')}`;
const spanId = (kind: 'f' | 'e', i: number) => `${kind}${String(i).padStart(15, '0')}`;
// Eight fast requests (10 ms of CPU each) and two slow ones (400 ms in a lock), one trace each.
const SPANS: LabelledSample[] = [
  ...Array.from({ length: 8 }, (_, i) => ({
    stack: ['main', 'handle', 'fast'],
    value: 10e6,
    labels: { span_id: spanId('f', i), trace_id: trace(i), span_name: 'Browse' },
  })),
  ...Array.from({ length: 2 }, (_, i) => ({
    stack: ['main', 'handle', 'lock'],
    value: 400e6,
    labels: { span_id: spanId('e', i), trace_id: trace(10 + i), span_name: 'Checkout' },
  })),
];
// Whole profiles at 10, 20 and 30 minutes (3 s, 7 s, 1 s of CPU), the spans' profile at 40.
const PROFILES: Array<{ at: number; samples: LabelledSample[] }> = [
  { at: 10, samples: [{ stack: ['main', 'work'], value: 3e9 }] },
  {
    at: 20,
    samples: [
      { stack: ['main', 'work'], value: 5e9 },
      { stack: ['main', 'slow'], value: 2e9 },
    ],
  },
  { at: 30, samples: [{ stack: ['main', 'work'], value: 1e9 }] },
  { at: 40, samples: SPANS },
];

async function ingestAll(sandbox: Sandbox): Promise<string> {
  for (const p of PROFILES) {
    const from = (T0 + p.at * MIN) / 1000;
    const name = encodeURIComponent('exemplar-app{region="eu-north"}');
    const r = await fetch(`${sandbox.apiUrl}/ingest?name=${name}&format=pprof&from=${from}&until=${from + 10}`, {
      method: 'POST',
      body: Buffer.from(labelledPprof(p.samples)),
    });
    expect(r.status).toBe(200);
  }
  // The traces of the two slow spans, as a tracing backend holds them: 450 ms and 520 ms of wall time.
  const start = T0 + 40 * MIN;
  const spans = [0, 1].map((i) => ({
    traceId: trace(10 + i),
    spanId: spanId('e', i),
    name: 'Checkout',
    service: 'exemplar-app',
    startMs: start,
    endMs: start + (i === 0 ? 450 : 520),
  }));
  expect(
    (await fetch(`${sandbox.apiUrl}/flamelens/spans`, { method: 'POST', body: JSON.stringify(spans) })).status
  ).toBe(200);
  return waitForProfiles(sandbox.apiUrl, /^process_cpu:cpu:nanoseconds/);
}

const dashboard = (sandbox: Sandbox, typeId: string, extra = '') =>
  `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(typeId)}&var-service=exemplar-app&from=${T0}&to=${T1}${extra}`;

/** The panel's timeline canvas and where a time falls on it (CSS px from the canvas's left). */
async function timeline(page: Page, panel: string) {
  const canvas = page.getByTestId(panel).getByTestId('flamelens-timeline-canvas');
  await canvas.waitFor({ timeout: 60000 });
  const box = (await canvas.boundingBox())!;
  return { canvas, box, xOf: (t: number) => ((t - T0) / (T1 - T0)) * box.width };
}

/** Hovers down a column of the timeline until its tooltip reads something; returns where and what. */
async function hoverColumn(page: Page, panel: string, x: number, want: RegExp): Promise<{ y: number; text: string }> {
  const { canvas, box } = await timeline(page, panel);
  for (let y = 1; y < box.height; y += 1) {
    await canvas.hover({ position: { x, y } });
    const tip = page.getByTestId(panel).getByTestId('flamelens-timeline-tooltip');
    if ((await tip.count()) > 0) {
      const text = (await tip.textContent()) ?? '';
      if (want.test(text)) {
        return { y, text };
      }
    }
  }
  throw new Error(`nothing matching ${want} in the timeline's column at x=${x}`);
}

async function waitForText(page: Page, scope: string, testId: string, re: RegExp): Promise<string> {
  const el = page.getByTestId(scope).getByTestId(testId);
  for (let i = 0; i < 600; i++) {
    const t = ((await el.count()) > 0 ? await el.first().textContent() : '') ?? '';
    if (re.test(t)) {
      return t;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`${testId} never read ${re}`);
}

/** The top table's rows: function | self | total, as shown. */
async function topRows(page: Page, panel: string): Promise<string[]> {
  const table = page.getByTestId(panel).getByTestId('flamelens-top-table');
  await table.waitFor({ timeout: 60000 });
  return table.evaluate((t) =>
    Array.from(t.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td'))
        .slice(0, 3)
        .map((c, i) => (i === 0 ? c.getAttribute('title') : c.textContent?.split(' ').slice(0, 2).join(' ')))
        .join(' | ')
    )
  );
}

/** The alpha of the timeline's pixel at (x, y), CSS px (the canvas is drawn at the device pixel ratio). */
function alphaAt(page: Page, panel: string, x: number, y: number): Promise<number> {
  return page.evaluate(
    ([sel, px, py]) => {
      const c = document.querySelector(`[data-testid="${sel}"] [data-testid="flamelens-timeline-canvas"]`)!;
      const canvas = c as HTMLCanvasElement;
      const dpr = canvas.width / canvas.getBoundingClientRect().width;
      return canvas.getContext('2d')!.getImageData(Math.round(px * dpr), Math.round(py * dpr), 1, 1).data[3];
    },
    [panel, x, y] as const
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('exemplars and span heatmaps on the "Profiles and traces" row', () => {
  let sandbox: Sandbox;
  let typeId: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ demo: false });
    typeId = await ingestAll(sandbox);
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('a diamond opens that profile alone: its total is the exemplar’s value, and Back returns to the merge', async () => {
    const { page } = await recordedPage(browser, 1400, 2400);
    await page.goto(dashboard(sandbox, typeId, '&fl6-view=table'));
    await page.getByTestId('row-5').getByText('Profiles and traces').waitFor({ timeout: 60000 });
    const status = await waitForText(page, 'panel-6', 'flamelens-timeline-status', /exemplars/);
    expect(status).toMatch(/^4 exemplars/);
    // The merged profile: 3 + 7 + 1 s of work and the spans' 0.88 s.
    expect((await topRows(page, 'panel-6')).find((r) => r.startsWith('main |'))).toBe('main | 0 ns | 11.9 s');

    const { xOf } = await timeline(page, 'panel-6');
    const hit = await hoverColumn(page, 'panel-6', xOf(T0 + 20 * MIN), /^Profile /);
    expect(hit.text).toMatch(
      /^Profile [0-9a-f-]{36} · \d\d:\d\d:\d\d · 7 s\nregion=eu-north\nservice_name=exemplar-app$/
    );
    // The 7 s profile is the peak: its diamond is at the top of the plot.
    expect(Math.abs(hit.y - PLOT_PAD)).toBeLessThanOrEqual(7);
    const id = /^Profile (\S+)/.exec(hit.text)![1];
    await (await timeline(page, 'panel-6')).canvas.click({ position: { x: xOf(T0 + 20 * MIN), y: hit.y } });
    await page.getByTestId('panel-6').getByText(`Showing single profile ${id}`).waitFor({ timeout: 30000 });
    await page.getByTestId('panel-6').getByText(`Showing single profile ${id}`).waitFor();
    await page.waitForFunction(
      () =>
        !/fast/.test(
          document.querySelector('[data-testid="panel-6"] [data-testid="flamelens-top-table"]')?.textContent ?? 'fast'
        )
    );
    expect((await topRows(page, 'panel-6')).sort()).toEqual([
      'main | 0 ns | 7 s',
      'slow | 2 s | 2 s',
      'work | 5 s | 5 s',
    ]);
    await screenshot(page, 'exemplar-single-profile');

    await page.getByTestId('panel-6').getByRole('button', { name: 'Back to merged view' }).click();
    await page.waitForFunction(() =>
      /fast/.test(
        document.querySelector('[data-testid="panel-6"] [data-testid="flamelens-top-table"]')?.textContent ?? ''
      )
    );
    expect(SERIES_STEP_S).toBe(30);
    await page.close();
  });

  it('the span heatmap paints the slow requests high and the fast ones low; a cell and a table row open that span', async () => {
    const { page } = await recordedPage(browser, 1400, 2400);
    await page.goto(dashboard(sandbox, typeId, '&fl7-view=table'));
    const status = await waitForText(page, 'panel-7', 'flamelens-timeline-status', /spans in/);
    expect(status).toBe('10 spans in 2 cells: click a cell to open its largest.');
    const { xOf } = await timeline(page, 'panel-7');
    // The spans' profile starts at 40 min: its slot is the first 57 s edge at or after it.
    const at = T0 + 40 * MIN;
    const right = T0 + Math.ceil((at - T0) / (HEATMAP_STEP_S * 1000)) * HEATMAP_STEP_S * 1000;
    const x = (xOf(right - HEATMAP_STEP_S * 1000) + xOf(right)) / 2;
    const rowH = (PLOT_H - 2 * PLOT_PAD) / 20;
    const rowY = (bucket: number) => PLOT_H - PLOT_PAD - (bucket + 0.5) * rowH;
    // Painted: the top bucket (400 ms spans) and the bottom one (10 ms); empty between and beside.
    expect(await alphaAt(page, 'panel-7', x, rowY(19))).toBe(255);
    expect(await alphaAt(page, 'panel-7', x, rowY(0))).toBe(255);
    expect(await alphaAt(page, 'panel-7', x, rowY(10))).toBe(0);
    expect(await alphaAt(page, 'panel-7', xOf(at - 10 * MIN), rowY(0))).toBe(0);
    const slow = await hoverColumn(page, 'panel-7', x, /^2 spans/);
    expect(slow.text).toMatch(/^2 spans of 381 ms–400 ms until \d\d:\d\d:\d\d\. Click: Span e00000000000000[01] /);
    expect((await hoverColumn(page, 'panel-7', x, /^8 spans/)).text).toMatch(/^8 spans of 10 ms–29.5 ms/);

    // The table: each cell's largest span, largest first, with its trace and (from the traces
    // datasource) its duration; the fast span's trace is not in the traces datasource.
    const table = page.getByTestId('panel-7').getByTestId('flamelens-span-exemplars');
    await page.waitForFunction(() =>
      /\d+ ms\s*Open/.test(
        document.querySelector('[data-testid="panel-7"] [data-testid="flamelens-span-exemplars"] tbody tr')
          ?.textContent ?? ''
      )
    );
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'))
          .slice(0, 5)
          .map((td) => td.textContent ?? '')
      )
    );
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['Checkout', '400 ms'],
      ['Browse', '10 ms'],
    ]);
    expect(rows[0][1]).toMatch(/^e00000000000000[01]$/);
    expect(rows[0][4]).toBe(rows[0][1].endsWith('0') ? '450 ms' : '520 ms');
    expect(rows[1][4]).toBe('not found');

    // Click the top cell: that span alone (400 ms in lock), said as the largest of 2.
    await (await timeline(page, 'panel-7')).canvas.click({ position: { x, y: slow.y } });
    await page
      .getByTestId('panel-7')
      .getByText(/Showing span e00000000000000[01] \(Checkout\) · .* \(the largest of 2 in this cell\)/)
      .waitFor({ timeout: 30000 });
    await page.waitForFunction(
      () =>
        !/fast/.test(
          document.querySelector('[data-testid="panel-7"] [data-testid="flamelens-top-table"]')?.textContent ?? 'fast'
        )
    );
    // handle and main tie (0 self): compare as sets.
    expect((await topRows(page, 'panel-7')).sort()).toEqual([
      'handle | 0 ns | 400 ms',
      'lock | 400 ms | 400 ms',
      'main | 0 ns | 400 ms',
    ]);

    // Open flame graph from the table's second row: that fast span only.
    await table.locator('tbody tr').nth(1).getByRole('button', { name: 'Open flame graph' }).click();
    await page.getByTestId('panel-7').getByText(`Showing span ${rows[1][1]}`).waitFor({ timeout: 30000 });
    await page.waitForFunction(
      () =>
        !/lock/.test(
          document.querySelector('[data-testid="panel-7"] [data-testid="flamelens-top-table"]')?.textContent ?? 'lock'
        )
    );
    expect((await topRows(page, 'panel-7')).sort()).toEqual([
      'fast | 10 ms | 10 ms',
      'handle | 0 ns | 10 ms',
      'main | 0 ns | 10 ms',
    ]);
    await screenshot(page, 'exemplar-span-heatmap');

    // Open trace on the slow span's row: the traces datasource's trace view, with that trace.
    const traceId = rows[0][2];
    expect(traceId).toMatch(/^(ab){15}1[01]$/);
    await table.locator('tbody tr').nth(0).getByRole('link', { name: 'Open trace' }).click();
    await page.getByTestId('trace-view').waitFor({ timeout: 30000 });
    await page.getByTestId('trace-view').getByText(`Trace ${traceId}`).waitFor();
    expect(await page.getByTestId('trace-view').textContent()).toContain(rows[0][1]);
    await page.close();
  });
});

describe('a server without heatmaps (Pyroscope 1 storage)', () => {
  let sandbox: Sandbox;
  let typeId: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ demo: false, env: { FLAMELENS_FEATURE_FLAGS: 'v2StorageLayer=off' } });
    typeId = await ingestAll(sandbox);
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('the span timeline explains why there is no heatmap; the graph and the metric still show', async () => {
    const { page } = await recordedPage(browser, 1400, 2400);
    await page.goto(dashboard(sandbox, typeId, '&fl7-view=table'));
    const status = await waitForText(page, 'panel-7', 'flamelens-timeline-status', /Heatmaps/);
    expect(status).toBe('Heatmaps need Pyroscope 2 storage (SelectHeatmap), which this server does not have.');
    expect(await page.getByTestId('panel-7').getByRole('alert').count()).toBe(0);
    expect((await topRows(page, 'panel-7')).length).toBeGreaterThan(0);
    // Switching to the metric works on the same server.
    await page.getByTestId('panel-7').getByRole('radio', { name: 'Metric' }).check({ force: true });
    expect(await waitForText(page, 'panel-7', 'flamelens-timeline-status', /exemplars/)).toMatch(/^4 exemplars/);
    await page.close();
  });
});

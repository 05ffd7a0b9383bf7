/**
 * The first hour of a new user (issue #13), each finding a test named after it, asserting what the
 * user sees: texts, widths, pixels and numbers. Two sandboxes: the Node ride-share demo as `npm start`
 * shows it (defaults, type picker, names, breakdown, comparison), and one with profiles of known
 * numbers ingested (diff, search, dropped files, exports, keyboard).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { Function as PprofFunction, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import { gzipSync } from 'zlib';
import {
  allowBrowserErrors,
  ARTIFACTS,
  ingestFolded,
  launchBrowser,
  recordedPage,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
  exploreUrl,
} from './harness';
import { SHARED_FIXTURES, sharedFixturesAvailable } from '../../src/testing/fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The first query of the Explore URL (what Explore will run). */
function exploreQuery(page: Page): Record<string, unknown> {
  const panes = JSON.parse(new URL(page.url()).searchParams.get('panes') ?? '{}') as Record<
    string,
    { queries: Array<Record<string, unknown>> }
  >;
  return Object.values(panes)[0]?.queries[0] ?? {};
}

async function open(url: string): Promise<Page> {
  const { page } = await recordedPage(browser);
  await page.goto(url);
  await page.locator('[data-flamelens-panel]').first().waitFor({ timeout: 60000 });
  return page;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the Node demo, as `npm start` shows it', () => {
  let sandbox: Sandbox;
  let wall: string;

  beforeAll(async () => {
    sandbox = await startSandbox();
    wall = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
    await waitForProfiles(sandbox.apiUrl, /^memory:/);
  });
  afterAll(() => sandbox?.stop());

  it('defaults: the dashboard and Explore open on wall-clock CPU when the server has no process_cpu', async () => {
    const page = await open(`${sandbox.hostUrl}/d/flamelens-demo`);
    // The variable's saved value (process_cpu) is not on this server: the preferred type is taken,
    // not the first in the list (memory).
    await expect(page.getByTestId('variable-profile_type').textContent()).resolves.toContain('wall - cpu');
    const table = page.locator('[data-testid="panel-1"] [data-testid="flamelens-top-table"]');
    await expect(table.locator('tbody tr td:nth-child(2)').first().textContent()).resolves.toMatch(
      /\d (ns|µs|ms|s|min|mins)\b/
    );
    await screenshot(page, 'first-hour-dashboard');
    await page.close();

    const explore = await open(exploreUrl(sandbox.hostUrl, undefined));
    await explore.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    expect(exploreQuery(explore).profileTypeId).toBe(wall);
    await expect(explore.getByTestId('profile-type').locator('input').inputValue()).resolves.toBe('wall - cpu');
    await screenshot(explore, 'first-hour-explore');
    await explore.close();
  });

  it('type picker: clicking a profile name opens its sample types, and only a sample type runs a query', async () => {
    const page = await open(exploreUrl(sandbox.hostUrl, undefined));
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await page.getByTestId('profile-type').click();
    await page.locator('.rc-cascader-menu-item', { hasText: /^memory$/ }).click();
    // The menu stays open on the second level; the query is unchanged.
    const second = page.locator('.rc-cascader-menu').nth(1).locator('.rc-cascader-menu-item');
    await second.first().waitFor();
    const sampleTypes = await second.allTextContents();
    expect(sampleTypes.length).toBeGreaterThan(0);
    expect(exploreQuery(page).profileTypeId).toBe(wall);
    const space = sampleTypes.find((t) => /space/.test(t)) ?? sampleTypes[0];
    await second.filter({ hasText: new RegExp(`^${space}$`) }).click();
    await page.waitForFunction(() => /memory%3A|memory:/.test(decodeURIComponent(location.search)));
    expect(String(exploreQuery(page).profileTypeId)).toMatch(new RegExp(`^memory:${space}:`));
    await expect(page.getByTestId('profile-type').locator('input').inputValue()).resolves.toBe(`memory - ${space}`);
    if (/space/.test(space)) {
      await page.waitForFunction(() =>
        /\d (B|KiB|MiB|GiB)\b/.test(
          document.querySelector('[data-testid="flamelens-top-table"] tbody')?.textContent ?? ''
        )
      );
    }
    await page.close();
  });

  it('names: in an Explore split the Function column keeps 40% of the table, and long names keep their end', async () => {
    const page = await open(exploreUrl(sandbox.hostUrl, { profileTypeId: wall, labelSelector: '{}' }));
    await page.getByRole('button', { name: 'Split' }).click();
    const tables = page.getByTestId('flamelens-top-table');
    await tables.nth(1).waitFor({ timeout: 60000 });
    for (const i of [0, 1]) {
      const table = tables.nth(i);
      const [name, whole] = [await table.locator('thead th').first().boundingBox(), await table.boundingBox()];
      expect(name!.width / whole!.width).toBeGreaterThanOrEqual(0.4);
    }
    // Every shortened name keeps both ends (the middle goes) and shows whole on hover.
    const cells = await tables
      .first()
      .locator('tbody td:first-child[title]')
      .evaluateAll((tds) => tds.map((td) => [td.textContent ?? '', td.getAttribute('title') ?? '']));
    const cut = cells.filter(([text, title]) => text !== title);
    expect(cut.length).toBeGreaterThan(0);
    for (const [text, title] of cut) {
      const [head, tail] = text.split('…');
      expect(title.startsWith(head)).toBe(true);
      expect(title.endsWith(tail)).toBe(true);
      expect(tail.length).toBeGreaterThanOrEqual(6);
    }
    await screenshot(page, 'first-hour-explore-split');
    await page.close();
  });

  it('names: the sandwich gives its callers the height they need (or half), not a clipped strip', async () => {
    const page = await open(`${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(wall)}`);
    const panel = page.getByTestId('panel-1');
    // A function with callers and callees: the demo's request handler (searched for: the table
    // renders only the rows in view).
    await panel.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await panel.getByLabel('Search functions').fill('rideshare.cjs:handle');
    const handler = panel.locator('[data-testid="flamelens-top-table"] td[title*="rideshare.cjs:handle"]').first();
    await handler.waitFor({ timeout: 60000 });
    const name = (await handler.getAttribute('title'))!;
    await panel.getByRole('button', { name: `Sandwich view of ${name}` }).click();
    const callers = panel.locator(`canvas[aria-label="Callers of ${name}"]`);
    await callers.waitFor();
    const sandwich = await box(page, '[data-testid="panel-1"] [data-testid="flamelens-sandwich"]');
    const scroller = callers.locator('xpath=ancestor::*[@data-testid="flamelens-flamegraph"][1]');
    const { clientHeight, scrollHeight } = await scroller.evaluate((e) => ({
      clientHeight: e.clientHeight,
      scrollHeight: e.scrollHeight,
    }));
    // Either every caller shows, or the callers have at least (about) half the sandwich.
    expect(scrollHeight <= clientHeight || clientHeight >= sandwich.height * 0.45).toBe(true);
    const callees = await box(page, `[data-testid="panel-1"] canvas[aria-label="Callees of ${name}"]`);
    expect(callees.height).toBeGreaterThanOrEqual(60);
    await screenshot(page, 'first-hour-sandwich');
    await page.close();
  });

  it('numbers: the tag breakdown says what its columns hold, and sums no rate', async () => {
    const page = await open(`${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(wall)}`);
    const panel = page.getByTestId('panel-3');
    await page.waitForFunction(
      () => /eu-north/.test(document.querySelector('[data-testid="panel-3"]')?.textContent ?? ''),
      undefined,
      { timeout: 60000 }
    );
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Mean (per second)');
    expect(text).toMatch(/Total/);
    expect(text).not.toMatch(/\bSum\b/);
    // Rates in cores, totals in time.
    expect(text).toMatch(/\d cores/);
    expect(text).toMatch(/\d(\.\d+)? (ms|s|min|mins)(?![a-z])/);
    await page.close();
  });

  it("numbers: a comparison's top table has a column per side and the change", async () => {
    const page = await open(
      `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(wall)}&var-service=ride-sharing-app`
    );
    const panel = page.getByTestId('panel-4');
    await panel.locator('canvas[aria-label="Baseline flame graph"]').waitFor({ timeout: 60000 });
    await panel.locator('input[title="Top table"]').click();
    const table = panel.getByTestId('flamelens-top-table');
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Function', 'Baseline', 'Comparison', 'Change ▾'])
    );
    const first = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(first[3]).toMatch(/^(new |gone )?[+−]\d+\.\d\d pp$/);
    await screenshot(page, 'first-hour-comparison-table');
    await page.close();
  });
});

// ── Profiles with known numbers ─────────────────────────────────────────────────────────────────

const LONG_A = 'com.example.checkout.payment.gateway.internal.RetryingHttpClientFactory.createClientForEuNorth';
const LONG_B = 'com.example.checkout.payment.gateway.internal.RetryingHttpClientFactory.createClientForUsEast';
const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';

describe('profiles with known numbers', () => {
  let sandbox: Sandbox;

  const ingest = (name: string, folded: string) => ingestFolded(sandbox.apiUrl, name, folded);

  beforeAll(async () => {
    sandbox = await startSandbox({ demo: false });
    // hot: 25% of the baseline, 75% of the comparison.
    await ingest('shift.cpu{version=1}', 'main;hot 25\nmain;cold 75\n');
    await ingest('shift.cpu{version=2}', 'main;hot 75\nmain;cold 25\n');
    // needle: one sample in 100,001, under a caller as narrow.
    await ingest('needle.cpu', 'main;haystack 100000\nmain;thread;needle 1\n');
    await ingest('names.cpu', `main;${LONG_A} 60\nmain;${LONG_B} 40\n`);
    // One profile without the label broken down by.
    await ingest('bd.cpu{region=eu}', 'main;work 30\n');
    await ingest('bd.cpu', 'main;work 10\n');
  });
  afterAll(() => sandbox?.stop());

  const explore = (query: Record<string, unknown>, params: Record<string, string> = {}) =>
    open(exploreUrl(sandbox.hostUrl, { profileTypeId: CPU, ...query }, { params }));

  it('numbers: the diff tooltip says the share change in points and relative, label and value apart', async () => {
    const page = await explore(
      {
        queryType: 'diff',
        labelSelector: '{service_name="shift", version="2"}',
        baselineSelector: '{service_name="shift", version="1"}',
      },
      { 'fl2-view': 'flamegraph' }
    );
    await page.getByTestId('flamelens-diff-legend').waitFor();
    const g = await box(page, 'canvas[aria-label="Flame graph"]');
    // Both sides together (200): row 2 holds cold (0-100) then hot (100-200), by name order.
    await page.mouse.move(g.x + g.width * 0.75, g.y + 2 * 20 + 10);
    const tip = page.getByTestId('flamelens-tooltip');
    await expect(tip.textContent()).resolves.toMatch(/hot/);
    const lines = (await tip.innerText()).split('\n').map((l) => l.trim());
    expect(lines).toContain('Change: +500 ms (+200%)');
    expect(lines).toContain('Change of share: +50.00 pp (+200%)');
    expect(lines.some((l) => /^Baseline: 250 ms \(25\.00% of the baseline\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Comparison: 750 ms \(75\.00% of the comparison\)$/.test(l))).toBe(true);
    await screenshot(page, 'first-hour-diff');
    await page.close();
  });

  it('numbers: a comparison whose baseline has no profiles says so', async () => {
    const page = await explore(
      {
        queryType: 'comparison',
        labelSelector: '{service_name="shift", version="2"}',
        baselineSelector: '{service_name="shift", version="9"}',
      },
      { 'fl2-view': 'flamegraph' }
    );
    await expect(page.getByTestId('flamelens-note').textContent({ timeout: 60000 })).resolves.toBe(
      'The baseline has no profiles for its selector and time range: showing the comparison alone.'
    );
    await page.close();
  });

  it('numbers: a breakdown row without the label reads "(no value)"', async () => {
    // A table, not a flame graph panel: no panel to wait for.
    const { page } = await recordedPage(browser);
    await page.goto(
      exploreUrl(sandbox.hostUrl, {
        profileTypeId: CPU,
        queryType: 'tagBreakdown',
        labelSelector: '{service_name="bd"}',
        breakdownLabel: 'region',
      })
    );
    await page.waitForFunction(() => /\(no value\)/.test(document.body.textContent ?? ''), undefined, {
      timeout: 60000,
    });
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toMatch(/eu/);
    expect(text).toMatch(/75(\.0)?%/);
    expect(text).toMatch(/25(\.0)?%/);
    await page.close();
  });

  it('search: the next match is zoomed to at least 24 px wide, and the matched share sits beside the query', async () => {
    const page = await explore({ labelSelector: '{service_name="needle"}' }, { 'fl2-view': 'flamegraph' });
    const search = page.getByLabel('Search functions');
    await search.fill('needle');
    await expect(page.getByTestId('flamelens-matched').textContent()).resolves.toMatch(/<0\.01%/);
    const [input, matched] = [await search.boundingBox(), await page.getByTestId('flamelens-matched').boundingBox()];
    expect(matched!.x).toBeGreaterThanOrEqual(input!.x + input!.width);
    await page.getByLabel('Next match').click();
    await expect(page.getByTestId('flamelens-selection').textContent()).resolves.toMatch(/^needle: /);
    // Measured in pixels: the longest run of undimmed colour on a row is the match (the rest of the
    // graph is dimmed by the search).
    const widest = await page.evaluate(() => {
      const c = document.querySelector('canvas[aria-label="Flame graph"]') as HTMLCanvasElement;
      const ctx = c.getContext('2d')!;
      const s = c.width / c.clientWidth;
      const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)).join();
      const dimmed = at(Math.floor(5 * s), Math.floor(10 * s)); // total, not a match
      const background = at(c.width - 1, c.height - 1);
      let best = 0;
      for (let row = 0; row * 20 * s < c.height; row++) {
        const y = Math.floor((row * 20 + 17) * s);
        const data = ctx.getImageData(0, y, c.width, 1).data;
        let run = 0;
        for (let x = 0; x < c.width; x++) {
          const px = `${data[x * 4]},${data[x * 4 + 1]},${data[x * 4 + 2]}`;
          run = px === dimmed || px === background ? 0 : run + 1;
          best = Math.max(best, run);
        }
      }
      return best / s;
    });
    expect(widest).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'first-hour-search-step');
    await page.close();
  });

  it('names: long names that differ only at their end stay apart in the top table', async () => {
    const page = await explore({ labelSelector: '{service_name="names"}' }, { 'fl2-view': 'both' });
    const cell = (name: string) => page.locator(`[data-testid="flamelens-top-table"] td[title="${name}"]`);
    await cell(LONG_A).waitFor({ timeout: 60000 });
    const [a, b] = [await cell(LONG_A).textContent(), await cell(LONG_B).textContent()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/EuNorth$/);
    expect(b).toMatch(/UsEast$/);
    await page.close();
  });

  it('dropped heap profile: the first sample type with data is shown, with a picker for the others', async () => {
    const page = await explore({ labelSelector: '{service_name="shift"}' }, { 'fl2-view': 'table' });
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    const { bytes, name } = heapProfile();
    await page.evaluate(
      ([b64, fileName]) => {
        const bin = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bin], fileName));
        const target = document.querySelector('[data-testid="flamelens-panel"]')!;
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [bytes.toString('base64'), name] as const
    );
    const picker = page.getByLabel('Sample type');
    await picker.waitFor({ timeout: 30000 });
    const options = await picker.locator('option').allTextContents();
    expect(options).toEqual([
      'alloc_objects (count)',
      'alloc_space (bytes)',
      'inuse_objects (count)',
      'inuse_space (bytes)',
    ]);
    // inuse_space (pprof's default, the last) is all zero here: alloc_objects is shown.
    await expect(picker.inputValue()).resolves.toBe('0');
    const table = page.getByTestId('flamelens-top-table');
    await expect(table.textContent()).resolves.not.toMatch(/No function matches/);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    // The all-zero type says so, rather than "no function matches the search".
    await picker.selectOption({ label: 'inuse_space (bytes)' });
    await expect(page.getByTestId('flamelens-empty').textContent()).resolves.toMatch(
      /every sample value of this profile is zero/
    );
    await picker.selectOption({ label: 'alloc_space (bytes)' });
    await expect(page.getByTestId('flamelens-top-table').textContent()).resolves.toMatch(/\d (B|KiB|MiB)\b/);
    await screenshot(page, 'first-hour-dropped-heap');
    await page.close();
  });

  it('exports and settings: file names use the interpolated panel title, one cleanup for every format', async () => {
    const { page } = await recordedPage(browser);
    await page.goto(
      `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(CPU)}&var-service=shift&from=now-1h&to=now`
    );
    const panel = page.getByTestId('panel-1');
    await panel.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    const names: string[] = [];
    for (const format of ['PNG image', 'SVG (vector)', 'Interactive HTML', 'Folded stacks']) {
      await panel.getByTestId('flamelens-export').click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByText(format, { exact: true }).click()]);
      names.push(dl.suggestedFilename());
      await dl.saveAs(path.join(ARTIFACTS, `first-hour-${dl.suggestedFilename()}`));
    }
    for (const n of names) {
      expect(n).toMatch(/^CPU_flame_graph_shift\./);
      expect(n).not.toMatch(/[$\s:/]/);
    }
    expect(new Set(names.map((n) => n.split('.')[0])).size).toBe(1);
    // The HTML viewer's tooltips show formatted units, not raw nanoseconds.
    const html = path.join(ARTIFACTS, `first-hour-${names[2]}`);
    const { page: viewer } = await recordedPage(browser, 1000, 600);
    await viewer.goto(`file://${html}`);
    const fg = await box(viewer, '#fg');
    await viewer.mouse.move(fg.x + fg.width / 2, fg.y + 10);
    await expect(viewer.locator('#tip').textContent()).resolves.toMatch(/\d(\.\d+)? (ms|s)\b/);
    await expect(viewer.locator('#tip').textContent()).resolves.not.toMatch(/\d{6,}/);
    await viewer.close();
    await page.close();
  });

  it('keyboard: Escape on the node menu gives focus back to the graph; Tab reaches the graph before the table', async () => {
    const page = await explore({ labelSelector: '{service_name="shift", version="1"}' }, { 'fl2-view': 'both' });
    const graph = page.locator('canvas[aria-label="Flame graph"]');
    await graph.waitFor();
    const g = (await graph.boundingBox())!;
    await page.mouse.click(g.x + g.width / 2, g.y + 20 + 10, { button: 'right' });
    await page.getByTestId('flamelens-menu-header').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('flamelens-menu-header').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flame graph');
    // From the search box, Tab goes through the toolbar to the graph before any row button.
    await page.getByLabel('Search functions').focus();
    let reached = '';
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label === 'Flame graph' || label.startsWith('Sandwich view of')) {
        reached = label;
      }
    }
    expect(reached).toBe('Flame graph');
    await page.close();
  });

  it('exports and settings: a custom header can be removed, and a 404 is explained without route internals', async () => {
    const { page } = await recordedPage(browser);
    // The test points the data source at a URL that answers 404.
    allowBrowserErrors(page, /status of 404 .*\/api\/datasources\/proxy\//);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    const headers = page.getByTestId('custom-headers');
    await headers.getByRole('button', { name: /Add header/ }).click();
    await headers.getByRole('button', { name: /Add header/ }).click();
    await expect(headers.getByRole('button', { name: /^Remove header/ }).count()).resolves.toBe(2);
    await headers.getByRole('button', { name: 'Remove header 1' }).click();
    await expect(headers.getByRole('button', { name: /^Remove header/ }).count()).resolves.toBe(1);
    await page.getByLabel('URL', { exact: true }).fill(`${sandbox.apiUrl}/not-pyroscope`);
    await page.getByTestId('save-and-test').click();
    await page.waitForFunction(() =>
      /404/.test(document.querySelector('[data-testid="datasource-test-result"]')?.textContent ?? '')
    );
    const message = (await page.getByTestId('datasource-test-result').textContent()) ?? '';
    expect(message).toMatch(/Not a Pyroscope URL/);
    expect(message).not.toMatch(/none\//);
    // Saved with the wrong URL: put the right one back for whatever runs next.
    await page.getByLabel('URL', { exact: true }).fill(sandbox.apiUrl);
    await page.getByTestId('save-and-test').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'success'
    );
    await page.close();
  });
});

/**
 * A Go heap profile whose default sample type (inuse_space, the last) is all zero: the shared
 * corpus's godeltaprof profile when present, else one of the same shape written here.
 */
function heapProfile(): { bytes: Buffer; name: string } {
  const real = path.join(SHARED_FIXTURES, 'pprof', 'go-heap-small.pb.gz');
  if (sharedFixturesAvailable() && fs.existsSync(real)) {
    return { bytes: fs.readFileSync(real), name: 'go-heap-small.pb.gz' };
  }
  const st = new StringTable();
  const type = (t: string, unit: string) => new ValueType({ type: st.dedup(t), unit: st.dedup(unit) });
  const fn = (id: number, name: string) => new PprofFunction({ id, name: st.dedup(name), systemName: st.dedup(name) });
  const loc = (id: number) => new Location({ id, line: [new Line({ functionId: id })] });
  const profile = new Profile({
    sampleType: [
      type('alloc_objects', 'count'),
      type('alloc_space', 'bytes'),
      type('inuse_objects', 'count'),
      type('inuse_space', 'bytes'),
    ],
    function: [fn(1, 'main'), fn(2, 'alloc')],
    location: [loc(1), loc(2)],
    sample: [
      new Sample({ locationId: [2, 1], value: [3, 3072, 0, 0] }),
      new Sample({ locationId: [1], value: [1, 512, 0, 0] }),
    ],
    stringTable: st,
  });
  return { bytes: gzipSync(profile.encode()), name: 'heap.pb.gz' };
}

// Screenshots land with the other e2e artifacts.
fs.mkdirSync(ARTIFACTS, { recursive: true });

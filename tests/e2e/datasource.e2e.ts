/**
 * The datasource end to end in the sandbox, on the demo's real profiles: query types in Explore,
 * the full-profile download, dashboard variables, and a trace's link to its profile that comes
 * only from the Flamelens Trace Profiles app's registration.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser } from 'playwright-core';
import { Profile } from 'pprof-format';
import {
  allowBrowserErrors,
  launchBrowser,
  recordedPage,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
  ARTIFACTS,
  exploreUrl,
} from './harness';

let sandbox: Sandbox;
let browser: Browser;
let typeId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await launchBrowser();
  typeId = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

function explore(query: Record<string, unknown>): string {
  return exploreUrl(
    sandbox.hostUrl,
    { profileTypeId: typeId, labelSelector: '{service_name="ride-sharing-app"}', ...query },
    { from: 'now-15m' }
  );
}

describe('query types', () => {
  it('comparison: eu-north against us-east, two flame graphs from their own selectors', async () => {
    const { page, responses } = await recordedPage(browser);
    await page.goto(
      explore({
        queryType: 'comparison',
        labelSelector: '{service_name="ride-sharing-app", region="eu-north"}',
        baselineSelector: '{service_name="ride-sharing-app", region="us-east"}',
      })
    );
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    expect(responses.filter((r) => r.url().endsWith('/SelectMergeStacktraces')).length).toBe(2);
    // The panel diffs the two sides itself when it gets a baseline and a comparison.
    await page.getByTestId('flamelens-diff-legend').waitFor();
    await screenshot(page, 'explore-comparison');
    await page.close();
  });

  it("diff: Pyroscope's Diff through the proxy, rendered", async () => {
    const { page, responses } = await recordedPage(browser);
    await page.goto(
      explore({
        queryType: 'diff',
        labelSelector: '{service_name="ride-sharing-app", region="eu-north"}',
        baselineSelector: '{service_name="ride-sharing-app", region="us-east"}',
      })
    );
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    expect(responses.some((r) => r.url().endsWith('/querier.v1.QuerierService/Diff') && r.status() === 200)).toBe(true);
    await page.getByTestId('flamelens-diff-legend').waitFor();
    await screenshot(page, 'explore-diff');
    await page.close();
  });

  it('tag breakdown: a row per region with totals and shares', async () => {
    const { page } = await recordedPage(browser);
    await page.goto(explore({ queryType: 'tagBreakdown', breakdownLabel: 'region' }));
    await page.waitForFunction(
      () => /eu-north/.test(document.querySelector('[data-panel-type="table"]')?.textContent ?? ''),
      undefined,
      { timeout: 60000 }
    );
    const text = await page.locator('[data-panel-type="table"]').textContent();
    expect(text).toMatch(/us-east/);
    expect(text).toMatch(/%/);
    await screenshot(page, 'explore-tag-breakdown');
    await page.close();
  });

  it('downloads the full merged pprof of the query, every stack included', async () => {
    const { page } = await recordedPage(browser);
    await page.goto(explore({ queryType: 'profile', maxNodes: 5 }));
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('explore-download-a').click(),
    ]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'download.pb');
    await download.saveAs(file);
    const prof = Profile.decode(fs.readFileSync(file));
    // More distinct stacks than the 5-node flame graph could hold: the download is not truncated.
    expect(prof.sample.length).toBeGreaterThan(5);
    expect(prof.sample.reduce((s, x) => s + Number(x.value[0]), 0)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('dashboard variables', () => {
  const regionTable = async (regions: string[]) => {
    const { page } = await recordedPage(browser);
    const vars = regions.map((r) => `&var-region=${r}`).join('');
    await page.goto(
      `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(typeId)}&var-service=ride-sharing-app${vars}&from=now-15m&to=now`
    );
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await page.waitForFunction(
      () => /Mean/.test(document.querySelector('[data-testid="panel-3"]')?.textContent ?? ''),
      undefined,
      { timeout: 60000 }
    );
    const text = (await page.getByTestId('panel-3').textContent()) ?? '';
    const url = new URL(page.url());
    await page.close();
    return { text, url };
  };

  it('drives every panel from a multi-value variable, joined as one escaped regex', async () => {
    // Two regions selected: the table grouped by region shows both, so region=~"…" matched both.
    const both = await regionTable(['eu-north', 'us-east']);
    expect(both.text).toMatch(/eu-north/);
    expect(both.text).toMatch(/us-east/);
    expect(both.url.searchParams.getAll('var-region')).toEqual(['eu-north', 'us-east']);
    // One region: only that one.
    const one = await regionTable(['us-east']);
    expect(one.text).toMatch(/us-east/);
    expect(one.text).not.toMatch(/eu-north/);
  });
});

describe('traces to profiles', () => {
  it("opens a trace's profile from the link the app plugin registers", async () => {
    const { page, responses } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/traces`);
    const link = page.getByTestId('span-profile-link').first();
    await link.waitFor({ timeout: 30000 });
    expect(responses.some((r) => r.url().endsWith('/public/plugins/flamelens-profiles-app/module.js'))).toBe(true);
    await expect(link.textContent()).resolves.toBe('Open profile in Flamelens');
    await screenshot(page, 'traces-link');
    const ran = page.waitForResponse((r) => r.url().endsWith('/SelectMergeStacktraces'), { timeout: 30000 });
    await link.click();
    await page.waitForURL(/\/explore\?/);
    const panes = JSON.parse(new URL(page.url()).searchParams.get('panes')!);
    const q = Object.values(panes as Record<string, { queries: Array<{ spanSelector: string[] }> }>)[0].queries[0];
    expect(q.spanSelector[0]).toMatch(/^[0-9a-f]{16}$/);
    // The profile query ran with the span selector through the proxy.
    expect((await ran).status()).toBe(200);
    await screenshot(page, 'trace-profile');
    await page.close();
  });
});

describe('Save & test failures', () => {
  it('explains 401 (tenant), 404 (not Pyroscope) with what to fix', async () => {
    const secured = await startSandbox({ demo: false, env: { FLAMELENS_MULTITENANT: 'on' } });
    try {
      const { page } = await recordedPage(browser);
      // The test points the data source at a tenant-less and a non-Pyroscope URL: the browser logs the 401 and 404 it asked for.
      allowBrowserErrors(page, /status of (401|404) .*\/api\/datasources\/proxy\//);
      await page.goto(`${secured.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'error'
      );
      await expect(page.getByTestId('datasource-test-result').textContent()).resolves.toMatch(
        /credentials or tenant \(HTTP 401\).*tenant ID/
      );
      await page.locator('#flamelens-tenant').fill('team-a');
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'success'
      );
      const url = page.getByLabel('URL', { exact: true });
      await url.fill(`${secured.apiUrl}/not-pyroscope`);
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(() =>
        /404/.test(document.querySelector('[data-testid="datasource-test-result"]')?.textContent ?? '')
      );
      await expect(page.getByTestId('datasource-test-result').textContent()).resolves.toMatch(
        /Not a Pyroscope URL: .*ProfileTypes returned 404/
      );
      await screenshot(page, 'datasource-404');
      // A URL that answers 200 with a web page (like Grafana itself) is not Pyroscope either.
      await url.fill(`${secured.hostUrl}/`);
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(() =>
        /could not be decoded/.test(document.querySelector('[data-testid="datasource-test-result"]')?.textContent ?? '')
      );
      await page.close();
    } finally {
      await secured.stop();
    }
  });
});

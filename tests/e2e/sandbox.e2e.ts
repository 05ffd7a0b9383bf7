/**
 * The sandbox end to end: the built plugins load through SystemJS in real Chromium, the datasource
 * reaches the Pyroscope-compatible server only through the host's data source proxy, and the
 * provisioned dashboard shows the demo's real profiles.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { Browser } from 'playwright-core';
import {
  allowBrowserErrors,
  launchBrowser,
  recordedPage,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
  exploreUrl,
} from './harness';

let sandbox: Sandbox;
let browser: Browser;
const SECRET = 'e2e-bearer-secret-7f3a9c1d5b';

beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await launchBrowser();
  // The demo pushes CPU/wall profiles every 2 s; wait for the first ones.
  await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

describe('provisioned dashboard', () => {
  it("loads both plugins from /public/plugins/<id>/module.js and renders the demo's real profiles", async () => {
    const { page, responses, errors } = await recordedPage(browser);
    await page.goto(
      `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=wall:cpu:nanoseconds:wall:nanoseconds&from=now-15m&to=now`
    );
    const table = page.getByTestId('flamelens-top-table');
    await table.waitFor({ timeout: 60000 });
    // The table renders only the rows in view: narrow it to the demo's functions with the search.
    // A name too long for its column loses its middle on screen and shows whole in its tooltip.
    await page.getByLabel('Search functions').first().fill('/FindNearestVehicle|OrderCar/');
    await page.waitForFunction(
      () => !!document.querySelector('[data-testid="flamelens-top-table"] td[title*="FindNearestVehicle"]'),
      undefined,
      { timeout: 60000 }
    );
    const urls = responses.map((r) => new URL(r.url()).pathname);
    expect(urls).toContain('/public/plugins/flamelens-profiles-datasource/module.js');
    expect(urls).toContain('/public/plugins/flamelens-flamegraph-panel/module.js');
    // The datasource went through the proxy, never straight to the API's port.
    expect(
      urls.some((u) =>
        u.startsWith(
          '/api/datasources/proxy/uid/flamelens-pyroscope/none/querier.v1.QuerierService/SelectMergeStacktraces'
        )
      )
    ).toBe(true);
    expect(responses.every((r) => r.url().startsWith(sandbox.hostUrl))).toBe(true);
    await expect(table.locator('td[title*="OrderCar"]').count()).resolves.toBe(1);
    // The flame graph canvas is painted: some pixel differs from the background.
    const painted = await page.evaluate(() => {
      const c = document.querySelector('canvas[aria-label="Flame graph"]') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, Math.min(c.height, 60)).data;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return colours.size;
    });
    expect(painted).toBeGreaterThan(3);
    await screenshot(page, 'dashboard');
    expect(errors.filter((e) => /Content Security Policy|unsafe-eval|pageerror/.test(e))).toEqual([]);
    await page.close();
  });
});

describe('regions side by side', () => {
  it('draws each side under its own timeline; dragging across one retargets that side only', async () => {
    const { page, errors } = await recordedPage(browser);
    const panel = page.getByTestId('panel-4');
    // Until the demo has pushed a few profiles per region, so the timelines have a range to pick from.
    for (let attempt = 0; ; attempt++) {
      await page.goto(
        `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=wall:cpu:nanoseconds:wall:nanoseconds&from=now-15m&to=now`
      );
      await panel.getByTestId('flamelens-timeline').first().waitFor({ timeout: 60000 });
      const points = Number(
        /(\d+) points/.exec(
          (await panel.getByTestId('flamelens-timeline').first().getAttribute('aria-label')) ?? ''
        )?.[1] ?? 0
      );
      if (points >= 4 || attempt >= 20) {
        break;
      }
      await new Promise((r) => setTimeout(r, 3000));
    }
    await panel.locator('canvas[aria-label="Baseline flame graph"]').waitFor({ timeout: 60000 });
    await panel.locator('canvas[aria-label="Comparison flame graph"]').waitFor();
    const timelines = panel.getByTestId('flamelens-timeline');
    await timelines.first().waitFor();
    expect(await timelines.count()).toBe(2);
    const baseline = panel.getByTestId('flamelens-side-baseline');
    const comparison = panel.getByTestId('flamelens-side-comparison');
    await expect(baseline.textContent()).resolves.toContain('region="eu-north"');
    await expect(comparison.textContent()).resolves.toContain('region="us-east"');
    const before = {
      baseline: await baseline.locator('div').first().textContent(),
      comparison: await comparison.locator('div').first().textContent(),
    };
    await timelines.first().scrollIntoViewIfNeeded();
    const box = (await timelines.first().boundingBox())!;
    // Most of the timeline: the demo has only run for seconds, so a narrow window may hold no profile.
    await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // The baseline's header now names a narrower range; the comparison's is unchanged.
    await page.waitForFunction(
      (old) => {
        const t = document.querySelector(
          '[data-testid="panel-4"] [data-testid="flamelens-side-baseline"] div'
        )?.textContent;
        return t !== old && !t?.includes('loading');
      },
      before.baseline,
      { timeout: 30000 }
    );
    expect(await comparison.locator('div').first().textContent()).toBe(before.comparison);
    expect(await baseline.locator('div').first().textContent()).not.toMatch(/no profiles|Error|failed/i);
    await screenshot(page, 'dashboard-regions-side-by-side');
    expect(errors.filter((e) => /pageerror/.test(e))).toEqual([]);
    await page.close();
  });
});

describe('data source settings', () => {
  it('Save & test reports success, and a clear error for a URL Grafana cannot reach', async () => {
    const { page } = await recordedPage(browser);
    // The test points the data source at a URL Grafana cannot reach: the browser logs the proxy's 502.
    allowBrowserErrors(page, /status of 502 .*\/api\/datasources\/proxy\//);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    await page.getByTestId('save-and-test').click();
    const result = page.getByTestId('datasource-test-result');
    await result.waitFor();
    await expect(result.getAttribute('data-status')).resolves.toBe('success');
    await expect(result.textContent()).resolves.toMatch(/Connected to Pyroscope: \d+ profile types? found/);
    await screenshot(page, 'datasource-success');

    const url = page.getByLabel('URL', { exact: true });
    const original = await url.inputValue();
    await url.fill('http://127.0.0.1:1');
    await page.getByTestId('save-and-test').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'error'
    );
    await expect(page.getByTestId('datasource-test-result').textContent()).resolves.toMatch(
      /could not reach the Pyroscope server \(HTTP 502\): check the URL, TLS and network/
    );
    await screenshot(page, 'datasource-unreachable');
    await url.fill(original);
    await page.getByTestId('save-and-test').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'success'
    );
    await page.close();
  });

  it('never lets a secureJsonData value reach the browser', async () => {
    const { page, responses } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    await page.getByRole('radio', { name: 'Bearer token' }).check({ force: true });
    await page.locator('#flamelens-bearer-token').fill(SECRET);
    await page.getByTestId('save-and-test').click();
    await page.getByTestId('datasource-test-result').waitFor();
    await page.reload();
    await page.getByTestId('save-and-test').waitFor();
    await page.goto(`${sandbox.hostUrl}/d/flamelens-demo?from=now-15m&to=now`);
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    // Every body that reached the browser, requests the page made included.
    let scanned = 0;
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      scanned++;
      expect({ url: r.url(), leaked: body.includes(SECRET) }).toEqual({ url: r.url(), leaked: false });
    }
    expect(scanned).toBeGreaterThan(10);
    // The secret did reach the server side: the bearer route sends it.
    const settings = await (await fetch(`${sandbox.hostUrl}/api/datasources/uid/flamelens-pyroscope`)).json();
    expect(settings.secureJsonFields).toEqual(expect.objectContaining({ bearerToken: true }));
    await page.close();
  });

  it('forgets the bearer token once saved with "No authentication": no route sends it, to any URL', async () => {
    // An upstream that records everything the proxy sends it (headers and bodies).
    const seen: string[] = [];
    const upstream = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push(
          `${req.method} ${req.url}\n${JSON.stringify(req.headers)}\n${Buffer.concat(chunks).toString('latin1')}`
        );
        res.writeHead(200, { 'Content-Type': 'application/proto' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    // A datasource saved with a bearer token, as the test before this one leaves it.
    const api = `${sandbox.hostUrl}/api/datasources/uid/flamelens-pyroscope`;
    const saved = (await (await fetch(api)).json()) as { url: string; jsonData: Record<string, unknown> };
    await fetch(api, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...saved,
        jsonData: { ...saved.jsonData, authMode: 'bearer' },
        secureJsonData: { bearerToken: SECRET },
      }),
    });
    const { page } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    const url = page.getByLabel('URL', { exact: true });
    const original = await url.inputValue();
    try {
      await page.getByRole('radio', { name: 'No authentication' }).check({ force: true });
      await url.fill(upstreamUrl);
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'success'
      );
      // Every route plugin.json declares, called through the proxy, as a crafted request would.
      const plugin = (await (
        await fetch(`${sandbox.hostUrl}/public/plugins/flamelens-profiles-datasource/plugin.json`)
      ).json()) as {
        routes: Array<{ path: string }>;
      };
      const before = seen.length;
      for (const route of plugin.routes) {
        const res = await fetch(
          `${sandbox.hostUrl}/api/datasources/proxy/uid/flamelens-pyroscope/${route.path}/querier.v1.QuerierService/ProfileTypes`,
          { method: 'POST', body: new Uint8Array(), headers: { 'Content-Type': 'application/proto' } }
        );
        expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status: 200 });
      }
      expect(seen.length - before).toBe(plugin.routes.length);
      expect(seen.filter((r) => r.includes(SECRET))).toEqual([]);
      const settings = (await (await fetch(`${sandbox.hostUrl}/api/datasources/uid/flamelens-pyroscope`)).json()) as {
        secureJsonFields: Record<string, boolean>;
      };
      expect(settings.secureJsonFields.bearerToken).toBeFalsy();
    } finally {
      await url.fill(original);
      await page.getByTestId('save-and-test').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="datasource-test-result"]')?.getAttribute('data-status') === 'success'
      );
      await page.close();
      upstream.close();
    }
  });
});

describe('Explore, panel edit and traces', () => {
  it('runs a flame graph and series query in Explore, and splits the view', async () => {
    const { page } = await recordedPage(browser);
    const typeId = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
    await page.goto(
      exploreUrl(
        sandbox.hostUrl,
        { queryType: 'both', profileTypeId: typeId, labelSelector: '{service_name="ride-sharing-app"}' },
        { from: 'now-15m' }
      )
    );
    const pane = page.getByTestId('explore-pane-a');
    await pane.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await expect(pane.locator('[data-panel-type="timeseries"]').count()).resolves.toBe(1);
    // Selecting a range on the series retargets the flame graph to that window.
    const plot = pane.locator('[data-panel-type="timeseries"] .u-over');
    await plot.waitFor();
    const box = (await plot.boundingBox())!;
    const rerun = page.waitForResponse((r) => r.url().endsWith('/SelectMergeStacktraces'));
    // The demo has only run for a minute or two of the 15-minute range: select the right end.
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await rerun;
    await expect(page.getByTestId('explore-range-a').textContent()).resolves.toMatch(/^\d+\.\.\d+$/);
    await pane.getByTestId('flamelens-top-table').waitFor({ timeout: 30000 });
    await page.getByTestId('explore-split').click();
    await page.getByTestId('explore-pane-b').getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('panes')!)).toContain('"b"');
    await screenshot(page, 'explore-split');
    await page.close();
  });

  it("opens the plugin's query editor in panel edit", async () => {
    const { page } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/d/flamelens-demo?from=now-15m&to=now`);
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await page.getByTestId('edit-panel-1').click();
    const editor = page.getByTestId('panel-editor');
    await expect(editor.getByLabel('Label selector').inputValue()).resolves.toContain('service_name');
    await page.close();
  });

  it("lists the demo's spans, with profile links only where a plugin registered them", async () => {
    const { page } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/traces`);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="spans"] tbody')?.children.length ?? 0) > 0,
      undefined,
      { timeout: 30000 }
    );
    await expect(page.getByTestId('spans').textContent()).resolves.toMatch(/Order(Car|Bike|Scooter)/);
    const apps = ((await (await fetch(`${sandbox.hostUrl}/api/plugins`)).json()) as Array<{ type: string }>).filter(
      (p) => p.type === 'app'
    );
    if (apps.length === 0) {
      await expect(page.getByTestId('span-profile-link').count()).resolves.toBe(0);
    }
    await screenshot(page, 'traces');
    await page.close();
  });
});

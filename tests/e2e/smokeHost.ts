/**
 * The smoke journeys every Grafana version we claim must pass: the same built dist/ plugins, loaded
 * by the sandbox host built against that version's @grafana/* packages and React. Data source
 * settings with Save & test, the provisioned dashboard's flame graph panel, a query in Explore, and
 * a trace's link to its profile.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser } from 'playwright-core';
import {
  launchBrowser,
  recordedPage,
  ROOT,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
  exploreUrl,
} from './harness';

export interface SmokeHost {
  /** The host's build folder, relative to the repository. */
  build: string;
  /** Names the screenshots. */
  name: string;
  /** The @grafana/* version the host was built with, and its React version. */
  grafana: RegExp;
  react: RegExp;
}

/** Script errors, hook misuse (two Reacts) and CSP violations: none may happen on any page. */
const FATAL = /pageerror|Invalid hook call|unsafe-eval|Content Security Policy/;

export function describeSmokeHost(host: SmokeHost): void {
  let sandbox: Sandbox;
  let browser: Browser;
  let typeId: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, host.build, 'host.js'))) {
      throw new Error(`${host.build}/host.js is missing: the e2e runner builds it (npm run test:e2e)`);
    }
    sandbox = await startSandbox({ env: { FLAMELENS_HOST_BUILD: host.build } });
    browser = await launchBrowser();
    typeId = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it(`renders the dashboard's flame graph panel with the datasource's query`, async () => {
    const { page, responses, errors } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${typeId}&from=now-15m&to=now`);
    await page.getByTestId('flamelens-top-table').first().waitFor({ timeout: 60000 });
    const versions = await page.evaluate(() => {
      const w = window as unknown as {
        __hostReactVersion: string;
        grafanaBootData: { settings: { buildInfo: { version: string } } };
      };
      return { react: w.__hostReactVersion, grafana: w.grafanaBootData.settings.buildInfo.version };
    });
    expect(versions.react).toMatch(host.react);
    expect(versions.grafana).toMatch(host.grafana);
    const urls = responses.map((r) => new URL(r.url()).pathname);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/public/plugins/flamelens-profiles-datasource/module.js',
        '/public/plugins/flamelens-flamegraph-panel/module.js',
      ])
    );
    // The demo's functions, by their full names (a long name shows whole in its cell's tooltip).
    await page.getByLabel('Search functions').first().fill('OrderCar');
    await page.locator('[data-testid="flamelens-top-table"] td[title*="OrderCar"]').first().waitFor({ timeout: 30000 });
    await screenshot(page, `${host.name}-dashboard`);
    expect(errors.filter((e) => FATAL.test(e))).toEqual([]);
    await page.close();
  });

  it('saves and tests the data source', async () => {
    const { page, errors } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    await page.getByTestId('save-and-test').click();
    const result = page.getByTestId('datasource-test-result');
    await result.waitFor({ timeout: 30000 });
    await expect(result.getAttribute('data-status')).resolves.toBe('success');
    await expect(result.textContent()).resolves.toMatch(/Connected to Pyroscope: \d+ profile types? found/);
    await screenshot(page, `${host.name}-datasource`);
    expect(errors.filter((e) => FATAL.test(e))).toEqual([]);
    await page.close();
  });

  it('runs a flame graph query in Explore', async () => {
    const { page, errors } = await recordedPage(browser);
    await page.goto(
      exploreUrl(
        sandbox.hostUrl,
        { profileTypeId: typeId, labelSelector: '{service_name="ride-sharing-app"}' },
        { from: 'now-15m' }
      )
    );
    const pane = page.getByTestId('explore-pane-a');
    await pane.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    // The plugin's own query editor is there, showing the query.
    await expect(pane.getByLabel('Label selector').inputValue()).resolves.toBe('{service_name="ride-sharing-app"}');
    await screenshot(page, `${host.name}-explore`);
    expect(errors.filter((e) => FATAL.test(e))).toEqual([]);
    await page.close();
  });

  it("opens a trace's profile from the app plugin's link", async () => {
    const { page, errors } = await recordedPage(browser);
    await page.goto(`${sandbox.hostUrl}/traces`);
    // The oldest span listed: its profile has been pushed (the newest one's may not be yet).
    const link = page.getByTestId('span-profile-link').last();
    await link.waitFor({ timeout: 30000 });
    const ran = page.waitForResponse((r) => r.url().endsWith('/SelectMergeStacktraces'), { timeout: 30000 });
    await link.click();
    await page.waitForURL(/\/explore\?/);
    expect((await ran).status()).toBe(200);
    await screenshot(page, `${host.name}-trace-profile`);
    expect(errors.filter((e) => FATAL.test(e))).toEqual([]);
    await page.close();
  });
}

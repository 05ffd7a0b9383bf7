/**
 * Pyroscope 2 readiness end to end: OpenTelemetry-style label names (the demo's profiles carry
 * k8s.pod.name, and the SDK adds otel.scope.name) found and selected through the query editor's
 * filter picker, a dashboard variable and an ad hoc filter, quoted in every selector built; and a
 * server without the capabilities service, where what needs Pyroscope 2 is hidden and explained.
 */
import { fromBinary } from '@bufbuild/protobuf';
import { Browser, Page } from 'playwright-core';
import { SelectMergeStacktracesRequestSchema } from '../../src/pyroscope/gen/querier/v1/querier_pb';
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

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The label selectors of the flame graph requests a page sends. Their bodies are binary protobuf
 * Blobs, which Playwright's request objects do not carry: Chromium's DevTools protocol gives them.
 */
async function selectorsSent(page: Page): Promise<string[]> {
  const sent: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.endsWith('/SelectMergeStacktraces')) {
      return;
    }
    void cdp
      .send('Network.getRequestPostData', { requestId: e.requestId })
      .then(({ postData, base64Encoded }) => {
        const bytes = base64Encoded ? Buffer.from(postData, 'base64') : Buffer.from(postData, 'latin1');
        sent.push(fromBinary(SelectMergeStacktracesRequestSchema, new Uint8Array(bytes)).labelSelector);
      })
      .catch(() => undefined);
  });
  return sent;
}

/** Waits (up to 30 s) until `test` holds; fails naming what was awaited. */
async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30000;
  while (!test()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: true }).first().click();
}

const podValues = async (sandbox: Sandbox, typeId: string): Promise<string[]> => {
  const now = Date.now();
  const r = await fetch(`${sandbox.apiUrl}/querier.v1.QuerierService/LabelValues`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: '*/*; allow-utf8-labelnames=true' },
    body: JSON.stringify({
      name: 'k8s.pod.name',
      matchers: [`{__profile_type__="${typeId}"}`],
      start: String(now - 3600e3),
      end: String(now + 60e3),
    }),
  });
  return ((await r.json()) as { names?: string[] }).names ?? [];
};

describe('OpenTelemetry label names on a Pyroscope 2 server', () => {
  let sandbox: Sandbox;
  let typeId: string;
  let pods: string[];

  beforeAll(async () => {
    sandbox = await startSandbox();
    typeId = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
    const deadline = Date.now() + 60000;
    while ((pods = await podValues(sandbox, typeId)).length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
    }
  });
  afterAll(() => sandbox?.stop());

  it('finds k8s.pod.name through the filter picker, and quotes it in the selector', async () => {
    const { page } = await recordedPage(browser);
    const sent = await selectorsSent(page);
    await page.goto(exploreUrl(sandbox.hostUrl, { profileTypeId: typeId, labelSelector: '{}' }, { from: 'now-15m' }));
    await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
    await pick(page, 'Filter label', 'k8s.pod.name');
    await pick(page, 'Filter value', pods[0]);
    const selector = `{"k8s.pod.name"="${pods[0]}"}`;
    await expect(page.getByLabel('Label selector').inputValue()).resolves.toBe(selector);
    await until(() => sent.includes(selector), `a request with ${selector}`);
    await page.getByTestId('flamelens-top-table').waitFor();
    await screenshot(page, 'pyroscope2-filter-picker');
    await page.close();
  });

  it('drives a dashboard variable over k8s.pod.name, and an ad hoc filter on it', async () => {
    const { page } = await recordedPage(browser);
    const sent = await selectorsSent(page);
    await page.goto(
      `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=${encodeURIComponent(typeId)}&var-service=ride-sharing-app&var-pod=${encodeURIComponent(pods[1])}&from=now-15m&to=now`
    );
    await page.getByTestId('flamelens-top-table').first().waitFor({ timeout: 60000 });
    // The variable's value lands regex-escaped behind the quoted name.
    const escaped = pods[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await until(() => sent.some((s) => s.includes(`"k8s.pod.name"=~"${escaped}"`)), 'the variable in a selector');
    // An ad hoc filter on the same name is merged into every query of the datasource.
    await pick(page, 'Filter key filters', 'k8s.pod.name');
    await pick(page, 'Filter value filters', pods[1]);
    await until(() => sent.some((s) => s.includes(`"k8s.pod.name"="${pods[1]}"`)), 'the ad hoc filter in a selector');
    expect(new URL(page.url()).searchParams.getAll('var-filters')).toEqual([`k8s.pod.name|=|${pods[1]}`]);
    await page.getByTestId('flamelens-top-table').first().waitFor();
    await screenshot(page, 'pyroscope2-variable-and-adhoc');
    await page.close();
  });
});

describe('a server without the capabilities service (an older Pyroscope)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ env: { FLAMELENS_FEATURE_FLAGS: 'none' } });
    await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
  });
  afterAll(() => sandbox?.stop());

  it('says so on Save & test, and hides trace ID selection with a one-line reason', async () => {
    const { page } = await recordedPage(browser);
    // This server has no capabilities service: the browser logs its 404.
    allowBrowserErrors(page, /status of 404 .*GetFeatureFlags/);
    await page.goto(`${sandbox.hostUrl}/connections/datasources/edit/flamelens-pyroscope`);
    await page.getByTestId('save-and-test').click();
    await page.getByTestId('datasource-test-result').waitFor();
    await expect(page.getByTestId('datasource-test-result').textContent()).resolves.toMatch(
      /does not report its capabilities \(an older Pyroscope\): Pyroscope 2 features are off/
    );
    await page.goto(`${sandbox.hostUrl}/explore`);
    await expect(page.getByTestId('server-capabilities').textContent({ timeout: 30000 })).resolves.toMatch(
      /Trace ID selection needs Pyroscope 2 storage/
    );
    expect(await page.getByLabel('Trace IDs', { exact: true }).count()).toBe(0);
    await expect(page.getByLabel('Span IDs', { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'pyroscope2-older-server');
    await page.close();
  });
});

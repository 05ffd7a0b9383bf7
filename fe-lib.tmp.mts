import { chromium, Page } from 'playwright-core';
export async function start(width=1400, height=900) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width, height } });
  const log: string[] = [];
  const reqs: {t:number, body:string}[] = [];
  const t0 = Date.now();
  page.on('console', m => { if (m.type()==='error' || m.type()==='warning') log.push(`[${m.type()}] ${m.text()}`); });
  page.on('pageerror', e => log.push(`[pageerror] ${e.message}`));
  page.on('request', r => { if (r.url().includes('SelectMergeStacktraces') || r.url().includes('querier')) reqs.push({t: Date.now()-t0, body: r.url().split('/').pop()+' '+(r.postData()||'').slice(0,400)}); });
  return { browser, page, log, reqs };
}
export function exploreUrl(host: number, svc: string, maxNodes=40, extra='', range={from:'now-1h',to:'now'}) {
  const panes = {a:{datasource:'flamelens-pyroscope',queries:[{refId:'A',queryType:'profile',groupBy:[],profileTypeId:'process_cpu:cpu:nanoseconds:cpu:nanoseconds',labelSelector:`{service_name="${svc}"}`,maxNodes}],range}};
  return `http://127.0.0.1:${host}/explore?schemaVersion=1&panes=${encodeURIComponent(JSON.stringify(panes))}&fl2-view=both${extra}`;
}
export async function txt(page: Page, id: string) {
  const l = page.getByTestId(id);
  const n = await l.count();
  if (!n) return `<none>`;
  const out = [];
  for (let i=0;i<n;i++) out.push((await l.nth(i).innerText().catch(()=>'?')).replace(/\s+/g,' ').trim());
  return out.join(' || ');
}
export async function dump(page: Page, label: string) {
  console.log(`--- ${label}`);
  for (const id of ['flamelens-refine','flamelens-top-source','flamelens-truncation','flamelens-note','flamelens-breadcrumbs','flamelens-matched','flamelens-selection'])
    console.log(`  ${id}: ${await txt(page,id)}`);
}

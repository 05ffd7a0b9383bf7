import { start, exploreUrl, txt, dump } from './fe-lib.tmp.mts';
const host = +(process.argv[2]||3500);
const { browser, page, log, reqs } = await start();
await page.goto(exploreUrl(host, 'fe1app', 40));
for (const ms of [300, 700, 1500, 3000, 6000]) {
  await page.waitForTimeout(ms === 300 ? 300 : ms/2);
  await dump(page, `t~${ms}`);
  if (ms===300) await page.screenshot({path:`/tmp/fe-1-${host}-early.png`});
}
await page.screenshot({path:`/tmp/fe-1-${host}.png`, fullPage: true});
console.log('TABLE:', (await txt(page,'flamelens-top-table')).slice(0,3000));
console.log('REQS', reqs.length); reqs.forEach(r=>console.log('  ',r.t, r.body.slice(0,300)));
console.log('LOG', log.join('\n'));
await browser.close();

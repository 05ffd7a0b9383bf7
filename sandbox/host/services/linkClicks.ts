/**
 * Clicks on links to the app's own pages stay in the single-page app, as Grafana's
 * interceptLinkClicks does (public/app/core/navigation/patch/interceptLinkClicks.ts): a data
 * link's `/explore?left=…` opens Explore without reloading the page. Links with a target, to
 * another origin, or clicked with a modifier key are left to the browser.
 */
import { locationService } from '@grafana/runtime';

export function interceptLinkClicks(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    const anchor = (event.target as Element | null)?.closest?.('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) {
      return;
    }
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    locationService.push(url.pathname + url.search + url.hash);
  });
}

/** Grafana's Explore URL for one pane (schemaVersion 1, the panes form Grafana 10+ reads). */
export interface ExplorePane {
  datasource: string;
  queries: object[];
  /** Epoch milliseconds, as strings (Grafana's URL form). */
  range: { from: string; to: string };
}

export function exploreHref(name: string, pane: ExplorePane): string {
  return `/explore?schemaVersion=1&panes=${encodeURIComponent(JSON.stringify({ [name]: pane }))}`;
}

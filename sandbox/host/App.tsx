import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import { locationService } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';
import type { GrafanaTheme2 } from '@grafana/data';
import { DataSourcePage } from './pages/DataSourcePage';
import { DashboardPage } from './pages/DashboardPage';
import { ExplorePage } from './pages/ExplorePage';
import { TracesPage } from './pages/TracesPage';
import { GitSignInPage } from './pages/GitSignInPage';
import { dataSources } from './services/dataSourceSrv';

/** The page's path, and a count of pushes: a page re-reads its URL state when navigated to again. */
function usePath(): { path: string; pushes: number } {
  const [state, setState] = useState({ path: locationService.getLocation().pathname, pushes: 0 });
  useEffect(
    () =>
      locationService.getHistory().listen((l: { pathname: string }, action?: string) =>
        // A replace on the same page (a panel keeping its view state in the URL) re-renders nothing.
        setState((s) =>
          l.pathname === s.path && action !== 'PUSH'
            ? s
            : { path: l.pathname, pushes: action === 'PUSH' ? s.pushes + 1 : s.pushes }
        )
      ),
    []
  );
  return state;
}

function Link({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <a
      href={to}
      onClick={(e) => {
        e.preventDefault();
        locationService.push(to);
      }}
    >
      {children}
    </a>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  app: css({
    minHeight: '100%',
    background: theme.colors.background.canvas,
    color: theme.colors.text.primary,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.body.fontSize,
  }),
  nav: css({
    display: 'flex',
    gap: 16,
    padding: '8px 16px',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    background: theme.colors.background.primary,
    a: { color: theme.colors.text.link },
  }),
});

function Home() {
  const [dashboards, setDashboards] = useState<Array<{ uid: string; title: string }>>([]);
  useEffect(() => {
    void fetch('/api/search')
      .then((r) => r.json())
      .then(setDashboards);
  }, []);
  return (
    <div style={{ padding: 16 }}>
      <h1>Flamelens sandbox</h1>
      <p>A stand-in for Grafana that loads the built plugins from dist/ the way Grafana does.</p>
      <h3>Dashboards</h3>
      <ul>
        {dashboards.map((d) => (
          <li key={d.uid}>
            <Link to={`/d/${d.uid}`}>{d.title}</Link>
          </li>
        ))}
      </ul>
      <h3>Data sources</h3>
      <ul>
        {dataSources().map((d) => (
          <li key={d.uid}>
            <Link to={`/connections/datasources/edit/${d.uid}`}>{d.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function App() {
  const styles = useStyles2(getStyles);
  const { path, pushes } = usePath();
  let page: React.ReactNode;
  let m: RegExpExecArray | null;
  if ((m = /^\/d\/([^/]+)/.exec(path))) {
    page = <DashboardPage key={m[1]} uid={m[1]} />;
  } else if ((m = /^\/connections\/datasources\/edit\/([^/]+)/.exec(path))) {
    page = <DataSourcePage key={m[1]} uid={m[1]} />;
  } else if (path.startsWith('/explore')) {
    // A link into Explore from Explore (a data link) opens what it links to, as in Grafana.
    page = <ExplorePage key={pushes} />;
  } else if (path.startsWith('/traces')) {
    page = <TracesPage />;
  } else if (path === '/sandbox/git') {
    page = <GitSignInPage />;
  } else {
    page = <Home />;
  }
  return (
    <div className={styles.app}>
      <nav className={styles.nav}>
        <strong>Flamelens sandbox</strong>
        <Link to="/">Home</Link>
        <Link to="/d/flamelens-demo">Dashboard</Link>
        <Link to="/explore">Explore</Link>
        <Link to="/traces">Traces</Link>
        <Link to="/sandbox/git">Source code access</Link>
        <Link to={`/connections/datasources/edit/${dataSources()[0]?.uid ?? ''}`}>Data source</Link>
      </nav>
      {page}
    </div>
  );
}

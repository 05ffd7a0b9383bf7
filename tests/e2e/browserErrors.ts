// After every e2e test: any console error, uncaught exception or CSP violation on a watched page
// that the test did not say it provokes fails that test, with what the browser said.
import { unexpectedBrowserErrors } from './harness';

afterEach(() => {
  const errors = unexpectedBrowserErrors();
  if (errors.length > 0) {
    throw new Error(`The browser reported ${errors.length} error(s) during this test:\n${errors.join('\n')}`);
  }
});

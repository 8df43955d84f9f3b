/**
 * Records every Content-Security-Policy violation in a browser context: the page's own
 * `securitypolicyviolation` events and Chromium's console reports (which also cover
 * workers and frames). Tests run through nginx with the production policy, so anything
 * the CSP blocks (an inline script or style, a foreign origin) fails the test that saw it.
 */
import type { BrowserContext } from 'playwright-core';

/** Violations seen since the last take, in every context opened by launch(). */
const pending: string[] = [];

/** Returns and forgets the violations seen so far (tests/e2e/support/csp-setup.ts fails a test that saw any). */
export function takeCspViolations(): string[] {
  return [...new Set(pending.splice(0))];
}

export async function recordCspViolations(context: BrowserContext, seen: string[] = pending): Promise<string[]> {
  await context.exposeBinding('__cancelariaCspViolation', ({ page }, text: string) => {
    seen.push(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cancelariaCspViolation(t: string): void }).__cancelariaCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
  });
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) seen.push(`${msg.page()?.url() ?? '?'}: console: ${msg.text()}`);
  });
  return seen;
}

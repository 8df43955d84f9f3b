import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { recordCspViolations } from './csp.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Debian's Chromium, headless, with the network chatter this machine refuses turned off.
 * Every context it opens records Content-Security-Policy violations (support/csp.ts).
 */
export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed; run: apt-get install -y chromium (.ci/run does this)');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await recordCspViolations(context);
    return context;
  };
  return browser;
}

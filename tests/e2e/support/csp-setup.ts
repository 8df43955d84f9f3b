/**
 * Setup for every browser test file: a test fails when any page it opened violated the
 * Content-Security-Policy nginx sends (contexts from launch() record them).
 */
import { afterEach } from 'vitest';
import { takeCspViolations } from './csp.ts';

afterEach(() => {
  const violations = takeCspViolations();
  if (violations.length) throw new Error(`Content-Security-Policy violations (an inline script or style, or another origin, the production policy blocks):\n${violations.join('\n')}`);
});

/** The W3C Nu HTML checker (vnu-jar) over every built page: zero errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { walk } from './support/dist.ts';

const dist = inject('distDir');
const vnu = createRequire(import.meta.url)('vnu-jar') as string;

describe('HTML validity', () => {
  it('every page passes the Nu HTML checker', () => {
    const pages = [...walk(dist)].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(80);
    const r = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.error, 'java must be installed (.ci/run installs it)').toBeUndefined();
    const messages = (JSON.parse(r.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(`file:${dist}`, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  }, 180_000);
});

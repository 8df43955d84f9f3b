/**
 * Social-card benchmark: draws N cards (default 1,000) with the site's template and
 * settings into a throwaway cache, cold (every card drawn, on every core), then warm
 * (every card found in the cache), and prints the time per card of each.
 *
 *   npm run bench:cards            # 1,000 cards
 *   npm run bench:cards -- 200 1   # 200 cards on one thread
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../src/lib/settings.ts';
import { cardJob, ensureCards } from '../src/og/cards.ts';
import { cardBrand, releaseCard } from '../src/og/content.ts';
import { readLogo } from '../src/og/logo.ts';
import { defaultThreads } from '../src/og/pool.ts';

const count = Number(process.argv[2] ?? 1000);
const threads = Number(process.argv[3] ?? defaultThreads());
const settings = loadSettings(process.cwd());
const brand = cardBrand(settings, readLogo(join(process.cwd(), 'public'), settings.logo.src));

const words = 'Prefectul județului a convocat ședința Comitetului Județean pentru Situații de Urgență privind avertizarea cod roșu inundații râurile Arieș Târnava Sebeș măsuri școli drumuri ÎNCHISE Ștefan Țara'.split(' ');
const jobs = Array.from({ length: count }, (_, i) => {
  const length = 3 + ((i * 7) % 24);
  const title = Array.from({ length }, (_, k) => words[(i + k * 5) % words.length]).join(' ') + ` ${i}`;
  const content = releaseCard({ title, type: 'comunicat', number: `${i + 1}/2026`, date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000), withdrawn: i % 50 === 0 ? {} : undefined, corrections: i % 20 === 0 ? [{}] : [] });
  return cardJob(content, brand);
});

const cacheDir = mkdtempSync(join(tmpdir(), 'cancelaria-bench-cards-'));
try {
  const log = (line: string) => console.log(`  ${line}`);
  // CPU time of the process, worker threads included: what the cards cost whatever else
  // the machine is doing (wall time on a shared machine says more about the neighbours).
  const cpu0 = process.cpuUsage();
  const cold = await ensureCards(jobs, { cacheDir, threads, log });
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const warm = await ensureCards(jobs, { cacheDir, threads, log });
  console.log(`carduri sociale, ${count} carduri, ${threads} fire (${availableParallelism()} nuclee, încărcare ${loadavg()[0]!.toFixed(1)}):`);
  console.log(`  rece (toate desenate): ${(cold.ms / count).toFixed(1)} ms/card, ${(cold.ms / 1000).toFixed(1)} s`);
  console.log(`  timp de procesor: ${(cpuMs / count).toFixed(1)} ms/card, adică ${(cpuMs / count / threads).toFixed(1)} ms/card pe ${threads} nuclee libere`);
  console.log(`  cald (toate din cache): ${(warm.ms / count).toFixed(2)} ms/card, ${warm.rendered} desenate`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

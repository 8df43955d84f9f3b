import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';

/**
 * Validates all content before Astro loads it, so an invalid file stops `astro build`
 * with every problem listed (Astro's own schema errors stop at the first file). In dev
 * the problems are logged and the server keeps running.
 */
export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'cancelaria:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const started = performance.now();
        const { problems, warnings, entries } = checkContent(root);
        const count = [...entries.values()].reduce((n, list) => n + list.length, 0);
        for (const w of warnings) logger.warn(formatProblem(w));
        if (problems.length === 0) {
          logger.info(`${count} content files valid (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        // Logged rather than thrown whole: Astro rewrites the hint of any error whose text
        // mentions "document", which content problems often do.
        logger.error(new ContentError(problems).message);
        if (command === 'build') {
          throw new Error(`The content check found ${problems.length} problem${problems.length === 1 ? '' : 's'} (listed above).`);
        }
      },
    },
  };
}

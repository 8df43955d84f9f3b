import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { checkContent, isEntryPublic, publicMedia } from '../lib/content-check.ts';
import { renderTree } from '../lib/body.ts';
import { treeToText } from '../lib/plaintext.ts';
import { fileDescriber } from '../lib/files.ts';
import { preparedEntries } from '../lib/prepared.ts';
import { resolveNow } from '../lib/dates.ts';
import { stagePublic } from '../lib/media-stage.ts';
import { startCards } from '../og/prewarm.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';

/**
 * Validates all content before Astro loads it, so an invalid file stops `astro build`
 * with every problem listed (Astro's own schema errors stop at the first file). In dev
 * the problems are logged and the server keeps running. For a build it then stages the
 * public folder: only media that public entries name reach dist/.
 */
export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'cancelaria:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const started = performance.now();
        const now = resolveNow();
        const cacheDir = fileURLToPath(config.cacheDir);
        const prepared = preparedEntries();
        const describeFile = fileDescriber(root);
        let read = 0;
        const { problems: errors, warnings, entries } = checkContent(root, {
          now,
          // Only files changed since the last build are read again (the cache is kept with Astro's).
          cacheFile: command === 'build' ? join(cacheDir, 'content-check.v8') : undefined,
          // What is read afresh goes on to the loader, rendered: each body is parsed once per build.
          onRead:
            command === 'build'
              ? (type, { tree, ...entry }, digest) => {
                  read++;
                  const rendered = tree && isEntryPublic(type, entry.data, now) ? { ...renderTree(tree, { headingIds: true, describeFile }), text: treeToText(tree) } : undefined;
                  prepared.set(digest, { entry, ...(rendered ? { rendered } : {}) });
                }
              : undefined,
        });
        const count = [...entries.values()].reduce((n, list) => n + list.length, 0);
        for (const w of warnings) logger.warn(formatProblem(w));
        if (errors.length) {
          // Logged rather than thrown whole: Astro rewrites the hint of any error whose text
          // mentions "document", which content problems often do.
          logger.error(new ContentError(errors).message);
          if (command === 'build') {
            // The list above is the whole message: an exception would add Astro's stack
            // trace, which says nothing to an editor. Stop the build here instead.
            logger.error(`The content check found ${errors.length} problem${errors.length === 1 ? '' : 's'} (listed above); nothing was built.`);
            process.exit(1);
          }
          return;
        }
        logger.info(`${count} content files valid, ${read} read since the last build (${Math.round(performance.now() - started)} ms)`);
        if (command !== 'build') return;
        const staged = join(cacheDir, 'public');
        const { copied, withheld } = stagePublic(join(root, 'public'), staged, publicMedia(entries, now));
        updateConfig({ publicDir: pathToFileURL(`${staged}/`) as never });
        logger.info(`public files: ${copied} published, ${withheld.length} withheld until their entries are public`);
        // The social cards need only the checked entries: draw them while Astro bundles.
        startCards(root, entries, now, (line) => logger.info(line));
      },
    },
  };
}

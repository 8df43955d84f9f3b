/**
 * Makes Markdown typed in the CMS safe to store as MDX. In MDX, `{` opens a JavaScript
 * expression, `<` a component and a line starting with `import`/`export` a module
 * statement; an editor typing those characters means the characters. Outside code they
 * are escaped, so the text renders as typed and the build's code guard never trips.
 * Idempotent: escaping twice changes nothing. A property test (tests/unit/mdx-escape.test.ts)
 * proves the output always passes the build's body check and shows the typed text.
 */

import { BLOCK_LINE } from './blocks.ts';

/**
 * A code fence, at any indentation (inside a list item a fence is indented by the item).
 * As in CommonMark, a backtick fence's info string may not contain a backtick, and a
 * closing fence has no info string.
 */
const FENCE = /^[ \t]*(?:>[ \t]*)*(?:(`{3,})(?!.*`)|(~{3,}))/;
const CLOSING = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*$/;

function escapeInline(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      out += ch + line[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      // An inline code span: copy it up to the closing run of the same length.
      const run = /^`+/.exec(line.slice(i))![0];
      const end = line.indexOf(run, i + run.length);
      if (end !== -1) {
        out += line.slice(i, end + run.length);
        i = end + run.length;
        continue;
      }
    }
    if (ch === '{' || ch === '}' || ch === '<') out += `\\${ch}`;
    else out += ch;
    i++;
  }
  return out.replace(/^(\s*)(import|export)\b/, (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`);
}

export function escapeMdx(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      if (fence) {
        const c = CLOSING.exec(line);
        if (c && c[1]![0] === fence[0] && c[1]!.length >= fence.length) fence = undefined;
        return line;
      }
      const m = FENCE.exec(line);
      if (m) {
        fence = m[1] ?? m[2];
        return line;
      }
      // An editor block's tag line, exactly as the CMS writes it, is the one tag allowed.
      if (BLOCK_LINE.test(line)) return line;
      // MDX has no indented code: an indented line is text (a nested list item, a
      // continuation), so it is escaped like any other.
      return escapeInline(line);
    })
    .join('\n');
}

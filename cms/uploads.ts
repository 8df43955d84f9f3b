/**
 * Uploads in the CMS: an SVG is accepted only if it is plain vector art (the same
 * check as the build, src/lib/svg-check.ts). Checked when the officer picks a file, in
 * the capture phase, before Decap's media library sees it; and again before an entry is
 * saved, for files that reached the entry another way.
 */
import { checkSvg } from '../src/lib/svg-check.ts';

const isSvg = (f: File) => f.type === 'image/svg+xml' || f.name.toLowerCase().endsWith('.svg');

/** Romanian sentence for a refused SVG. */
function refusal(name: string, reason: string): string {
  return `fișierul „${name}” nu poate fi publicat: este un SVG care nu conține doar desen vectorial (${reason}). Exportați-l din nou ca „Plain SVG” sau încărcați-l ca PNG`;
}

async function problemsOf(files: File[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    if (!isSvg(f)) continue;
    const verdict = checkSvg(await f.text());
    if (!verdict.ok) out.push(refusal(f.name, verdict.reason!));
  }
  return out;
}

/** Stops a file input's change event carrying an unsafe SVG, and says why. */
export function guardUploads() {
  const approved = new WeakSet<Event>();
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || approved.has(event)) return;
      const files = [...(input.files ?? [])];
      if (!files.some(isSvg)) return;
      // The check reads the file (asynchronous): hold the event, then let it through or refuse.
      event.stopImmediatePropagation();
      void problemsOf(files).then((problems) => {
        if (problems.length) {
          input.value = '';
          window.alert(problems.join('\n\n'));
          return;
        }
        const again = new Event('change', { bubbles: true });
        approved.add(again);
        input.dispatchEvent(again);
      });
    },
    true,
  );
}

interface EntryLike {
  get(key: string): unknown;
}

/** Problems with the media files an entry brings with it (uploads not yet committed). */
export async function unsafeMedia(entry: EntryLike): Promise<string[]> {
  const list = entry.get('mediaFiles') as { toJS?: () => { file?: File; name?: string }[] } | undefined;
  const files = (list?.toJS?.() ?? []).map((m) => m.file).filter((f): f is File => f instanceof File);
  return problemsOf(files);
}

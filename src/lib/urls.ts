/**
 * Which addresses content may use. A link in a release is clicked on the same origin as
 * /admin/, so an address that runs script (javascript:, vbscript:, data:text/html…) would
 * run with an editor's session. The rule is an allowlist, applied to bodies and to every
 * URL field by the check, the build and the CMS alike.
 */

/** Schemes a reader's browser can follow without running anything on this site. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Site media: /media/<folders>/<name>.<ext>, lowercase, no "." or ".." segment, no "//". */
export const MEDIA_PATH = /^\/media\/(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/;

export type UrlKind =
  | { ok: true; kind: 'external' | 'mailto' | 'tel' | 'site' | 'fragment' | 'media' }
  | { ok: false; message: string };

/**
 * Browsers drop ASCII tab and newline anywhere in a URL and leading/trailing spaces and
 * controls, so "java\tscript:" is javascript:. The scheme is judged on that cleaned form.
 */
function browserForm(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Classifies an address written in content; refusals say how to write it instead. */
export function classifyUrl(raw: string): UrlKind {
  const url = browserForm(raw);
  if (url === '') return { ok: false, message: 'is an empty address; write the address or remove the link' };
  if (/[\u0000-\u001f\u007f]/.test(url)) return { ok: false, message: `"${raw}" contains control characters; retype the address` };
  if (url.includes('\\')) return { ok: false, message: `"${raw}" contains a backslash; write addresses with "/"` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
      return { ok: false, message: `"${raw}" uses the address type "${scheme}:", which is not allowed; use https://…, mailto:…, tel:…, a site address such as /comunicate/… or a #fragment` };
    }
    if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/?#\s]+/i.test(url)) {
      return { ok: false, message: `"${raw}" is not a complete web address; write it as https://domeniu.ro/…` };
    }
    return { ok: true, kind: scheme === 'mailto' ? 'mailto' : scheme === 'tel' ? 'tel' : 'external' };
  }
  if (url.startsWith('//')) return { ok: false, message: `"${raw}" has no scheme; write it in full, as https:${url}` };
  if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
  if (url.startsWith('/')) {
    const path = url.replace(/[?#].*$/, '');
    if (/(^|\/)\.\.?(\/|$)/.test(path)) {
      return { ok: false, message: `"${raw}" contains "." or ".." segments; write the address without them` };
    }
    if (url.startsWith('/media/')) {
      if (!MEDIA_PATH.test(path)) return { ok: false, message: `"${raw}" is not a media address; media files are /media/<folder>/<name>.<ext> in lowercase, without spaces` };
      return { ok: true, kind: 'media' };
    }
    return { ok: true, kind: 'site' };
  }
  return {
    ok: false,
    message: `"${raw}" is a relative address; write it from the site root (/media/2026/fisier.pdf, /comunicate/…) or in full (https://…)`,
  };
}

/** For URL fields: a complete http(s) address and nothing else. */
export function webAddressProblem(value: string): string | undefined {
  const c = classifyUrl(value);
  if (!c.ok && /uses the address type/.test(c.message)) return c.message;
  if (!c.ok || c.kind !== 'external' || /\s/.test(value)) return `"${value}" is not a web address; write it as https://…`;
  return undefined;
}

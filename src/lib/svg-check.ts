/**
 * An SVG is a document that can run script when opened on its own. An uploaded SVG is
 * published only if it is plain vector art: known drawing elements and attributes, no
 * script, no event handlers, no foreignObject, no reference to anything outside the file.
 * An allowlist, so what is not known is refused; the serving config sandboxes SVG anyway.
 * Runs in the check (Node) and in the CMS at upload (browser): no Node APIs here.
 */

/** Drawing, text, paint and structure elements: everything vector art needs. */
const ELEMENTS = new Set(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'switch',
    'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
    'text', 'tspan', 'textpath',
    'lineargradient', 'radialgradient', 'stop', 'pattern', 'clippath', 'mask', 'marker',
    'filter', 'feblend', 'fecolormatrix', 'fecomponenttransfer', 'fecomposite', 'feconvolvematrix',
    'fediffuselighting', 'fedisplacementmap', 'fedistantlight', 'fedropshadow', 'feflood',
    'fefunca', 'fefuncb', 'fefuncg', 'fefuncr', 'fegaussianblur', 'femerge', 'femergenode',
    'femorphology', 'feoffset', 'fepointlight', 'fespecularlighting', 'fespotlight', 'fetile', 'feturbulence',
    'style',
    // Editors' metadata (Inkscape, Illustrator, Dublin Core): inert.
    'rdf:rdf', 'cc:work', 'dc:format', 'dc:type', 'dc:title', 'cc:license', 'sodipodi:namedview', 'inkscape:grid',
  ],
);

export interface SvgVerdict {
  ok: boolean;
  /** Why the file was refused, in the check's form (what, then the fix). */
  reason?: string;
}

const refuse = (reason: string): SvgVerdict => ({ ok: false, reason });

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (m, n: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', colon: ':', tab: '\t', newline: '\n' })[n.toLowerCase()] ?? m);
}

/**
 * CSS that could fetch or run anything. Plain vector art needs none of: escapes (\69mport
 * is @import), at-rules, url() to anything but #id, image-set(), expression(), bindings.
 */
function cssProblem(raw: string): string | undefined {
  const css = decodeEntities(raw).replace(/\/\*[\s\S]*?\*\//g, '');
  if (css.includes('\\')) return 'a CSS escape (\\)';
  if (/@/.test(css)) return 'a CSS at-rule (@import, @font-face…)';
  for (const m of css.matchAll(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi)) if (!m[2]!.trim().startsWith('#')) return `a reference to "${m[2]}"`;
  if (/url\s*\(/i.test(css.replace(/url\s*\(\s*(['"]?)#[^)]*\)/gi, ''))) return 'a url() reference';
  if (/image-set|image\s*\(|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return 'script or an external image inside CSS';
  return undefined;
}

/** The local name of an attribute: "xlink:href" and "x:href" are both "href". */
const localName = (name: string) => name.toLowerCase().split(':').pop()!;

/** Checks the text of an SVG file. */
export function checkSvg(text: string): SvgVerdict {
  const src = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(src)) return refuse('has a DOCTYPE or ENTITY declaration');
  let sawSvg = false;
  let style: string | undefined;
  // One left-to-right pass over comments, CDATA, the XML declaration and tags, as an XML
  // parser reads them: "<!--" inside CDATA is text, never the start of a comment.
  const token = /<!--([\s\S]*?)-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?xml[\s\S]*?\?>|<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|<|&/g;
  let last = 0;
  for (const m of src.matchAll(token)) {
    const between = src.slice(last, m.index);
    last = m.index + m[0].length;
    if (style !== undefined) style += between;
    if (m[0] === '<') return refuse('has a "<" that does not start a valid tag, comment or CDATA section');
    if (m[0] === '&') {
      if (style !== undefined) style += '&';
      continue;
    }
    if (m[1] !== undefined) {
      if (m[1].includes('--')) return refuse('has a malformed comment');
      continue;
    }
    if (m[2] !== undefined) {
      if (style === undefined) return refuse('has CDATA outside a <style> element');
      style += m[2];
      continue;
    }
    if (m[0].startsWith('<?')) {
      if (m.index !== 0 && src.slice(0, m.index).trim() !== '') return refuse('has a processing instruction');
      continue;
    }
    const name = m[4]!.toLowerCase();
    const closing = m[3] === '/';
    if (style !== undefined) {
      // Nothing may stand inside <style> but text: an element there splits CSS words.
      if (!(closing && name === 'style')) return refuse('has an element inside a <style> element');
      const p = cssProblem(style);
      if (p) return refuse(`has ${p} in a <style> element`);
      style = undefined;
      continue;
    }
    if (!ELEMENTS.has(name)) return refuse(`has a <${m[4]}> element, which is not plain vector art (script, foreignObject, images and embedded documents are not allowed)`);
    if (name === 'svg') sawSvg = true;
    if (closing) continue;
    if (name === 'style' && m[6] !== '/') style = '';
    for (const a of (m[5] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const attr = a[1]!.toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      const value = decodeEntities(raw);
      const local = localName(attr);
      if (local.startsWith('on')) return refuse(`has an event handler (${a[1]}), which runs script`);
      if ((local === 'href' || local === 'src') && !value.trim().startsWith('#')) return refuse(`refers to "${value}" (${a[1]}); an SVG may only refer to its own parts (#id)`);
      if (attr.startsWith('xmlns')) continue;
      const p = cssProblem(value);
      if (p && (attr === 'style' || /url|\\|image|expression|@/i.test(value))) return refuse(`has ${p} in the ${a[1]} attribute`);
      if (/(?:java|vb)script\s*:|data\s*:\s*text\/html/i.test(value.replace(/\s+/g, ''))) return refuse(`has script in the ${a[1]} attribute`);
    }
  }
  if (style !== undefined) return refuse('has an unclosed <style> element');
  if (src.slice(last).includes('<')) return refuse('has a "<" that does not start a valid tag');
  if (!sawSvg) return refuse('is not an SVG image (no <svg> element)');
  return { ok: true };
}

/** The check's sentence for an SVG refused at `path`. */
export const SVG_FIX = 'export the image again as plain SVG (in Inkscape: Save as › Plain SVG), or upload it as PNG';

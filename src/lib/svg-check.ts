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

/** Attributes that may point somewhere: only a same-file reference (#id) is allowed. */
const LINK_ATTRS = new Set(['href', 'xlink:href', 'src']);

export interface SvgVerdict {
  ok: boolean;
  /** Why the file was refused, in the check's form (what, then the fix). */
  reason?: string;
}

const refuse = (reason: string): SvgVerdict => ({ ok: false, reason });

/** External references inside CSS: url(...) to anything but #id, and @import. */
function cssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return 'a CSS @import';
  for (const m of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    if (!m[2]!.startsWith('#')) return `a reference to "${m[2]}"`;
  }
  if (/expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return 'script inside CSS';
  return undefined;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (m, n: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', colon: ':', tab: '\t', newline: '\n' })[n.toLowerCase()] ?? m);
}

/** Checks the text of an SVG file. */
export function checkSvg(text: string): SvgVerdict {
  const src = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(src)) return refuse('has a DOCTYPE or ENTITY declaration');
  if (/<\?(?!xml[\s?])/i.test(src)) return refuse('has a processing instruction');
  // Comments can hide nothing from us, but they can from a naive reader: drop them first.
  const body = src.replace(/<!--[\s\S]*?-->/g, '');
  if (/<!--/.test(body)) return refuse('has an unterminated comment');
  let sawSvg = false;
  let inStyle = false;
  const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<\?xml[\s\S]*?\?>|</g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const between = body.slice(last, m.index);
    last = m.index + m[0].length;
    if (inStyle) {
      const p = cssProblem(between);
      if (p) return refuse(`has ${p} in a <style> element`);
    }
    if (m[0] === '<') return refuse('has a "<" that does not start a valid tag');
    if (m[5] !== undefined) {
      if (!inStyle) return refuse('has CDATA outside a <style> element');
      const p = cssProblem(m[5]);
      if (p) return refuse(`has ${p} in a <style> element`);
      continue;
    }
    if (m[0].startsWith('<?xml')) continue;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (!ELEMENTS.has(name)) return refuse(`has a <${m[2]}> element, which is not plain vector art (script, foreignObject, images and embedded documents are not allowed)`);
    if (name === 'svg') sawSvg = true;
    if (name === 'style') inStyle = !closing && m[4] !== '/';
    if (closing) continue;
    for (const a of (m[3] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const attr = a[1]!.toLowerCase();
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (attr.startsWith('on')) return refuse(`has an event handler (${a[1]}), which runs script`);
      if (LINK_ATTRS.has(attr) && !value.trim().startsWith('#')) return refuse(`refers to "${value}" (${a[1]}); an SVG may only refer to its own parts (#id)`);
      if (attr === 'style') {
        const p = cssProblem(value);
        if (p) return refuse(`has ${p} in a style attribute`);
      } else if (/^\s*url\(/i.test(value) && !/^\s*url\(\s*['"]?#/i.test(value)) {
        return refuse(`refers to "${value}" (${a[1]}); an SVG may only refer to its own parts (#id)`);
      }
      if (/(?:java|vb)script\s*:|data\s*:\s*text\/html/i.test(value.replace(/\s+/g, ''))) return refuse(`has script in the ${a[1]} attribute`);
    }
  }
  if (inStyle) return refuse('has an unclosed <style> element');
  if (!sawSvg) return refuse('is not an SVG image (no <svg> element)');
  return { ok: true };
}

/** The check's sentence for an SVG refused at `path`. */
export const SVG_FIX = 'export the image again as plain SVG (in Inkscape: Save as › Plain SVG), or upload it as PNG';

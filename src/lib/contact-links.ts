/**
 * Phone numbers and e-mail addresses as links: a journalist on a phone calls or writes in
 * one tap. `telHref` keeps the digits of the first number ("0258 811 204, interior 112"
 * dials 0258811204); `linkSegments` finds addresses and numbers inside free text (the
 * audience sign-up instructions) so a template can render them as links.
 */

/** tel: URL of the first phone number in a text, or undefined when it has none. */
export function telHref(phone: string): string | undefined {
  const m = /\+?\d[\d .\-/()]{5,}\d/.exec(phone);
  if (!m) return undefined;
  const digits = m[0].replace(/[^\d+]/g, '');
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}

export type Segment = { text: string; href?: string };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// Romanian numbers as written: 0258 811 204, 0758-112-430, +40 258 811 204.
const PHONE = /(?:\+40[\s.]?|\b0)\d{2,3}(?:[\s.-]?\d{3}){2}\b/;
const ANY = new RegExp(`${EMAIL.source}|${PHONE.source}`, 'g');

/** A text cut into plain parts and linkable parts (mailto:, tel:). */
export function linkSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(ANY)) {
    let value = m[0];
    // An e-mail address ending a sentence keeps its full stop outside the link.
    if (value.endsWith('.')) value = value.slice(0, -1);
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: value, href: value.includes('@') ? `mailto:${value}` : telHref(value)! });
    last = start + value.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * A phone number as shown: the spaces inside the number become non-breaking, so it never
 * splits across lines, while an annotation after it (", interior 112 (fictiv)") may wrap
 * on a narrow screen instead of pushing the page sideways.
 */
export function phoneText(phone: string): string {
  return phone.replace(/(\d) (?=\d)/g, '$1\u00a0');
}

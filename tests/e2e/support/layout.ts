/**
 * Layout faults a reader sees but axe and the HTML checker cannot: the page scrolls
 * sideways (WCAG 1.4.10 reflow), or a bordered or shaded box holds content wider than
 * itself (text spilling over the next card). A box that scrolls on purpose (a table in a
 * scroll wrapper, GOV.UK's pattern for wide tables) is not a fault.
 */
import type { Page } from 'playwright-core';

export interface LayoutFault {
  what: string;
  /** A CSS-like path to the element, e.g. main section.box:nth-of-type(2). */
  where: string;
  /** How many CSS pixels it overflows by. */
  by: number;
}

/** Runs in the page. Kept free of closures so playwright can serialise it. */
function findFaults(): LayoutFault[] {
  const faults: LayoutFault[] = [];
  const doc = document.documentElement;
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      const id = e.id ? `#${e.id}` : '';
      parts.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
      if (id) break;
    }
    return parts.join(' > ');
  };
  if (doc.scrollWidth > window.innerWidth + 1) {
    // Name the widest culprit: the deepest element sticking out past the viewport.
    let worst: Element | undefined;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && r.width > 0) worst = el;
    }
    faults.push({ what: 'page scrolls sideways', where: worst ? describe(worst) : 'html', by: doc.scrollWidth - window.innerWidth });
  }
  for (const el of document.body.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.display === 'inline' || s.display === 'contents') continue;
    const bordered = ['Left', 'Right', 'Top', 'Bottom'].some(
      (side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
    );
    const shaded = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
    if (!bordered && !shaded) continue;
    if (el === document.body || el === doc) continue;
    if (s.overflowX === 'auto' || s.overflowX === 'scroll') continue; // a scroll wrapper
    const over = el.scrollWidth - el.clientWidth;
    if (el.clientWidth > 0 && over > 1) faults.push({ what: 'content wider than its box', where: describe(el), by: over });
  }
  return faults;
}

export async function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(findFaults);
}

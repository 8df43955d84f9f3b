/** decap-cms-locales ships no types: each export is a nested table of interface phrases. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const ro: Phrases;
  export const en: Phrases;
}

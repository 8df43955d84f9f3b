/**
 * Every validation message, keyed, in the two languages it is read in: English for the
 * build and `npm run check` (read by whoever runs them), Romanian for the press officers
 * in the CMS (the save guard, and Decap's own pattern messages). A message is written
 * once here; callers build it with `msg(key, params)`, and the CMS turns the English
 * sentence the schema produced back into Romanian with `toRomanian`, which matches it
 * against these same templates. tests/unit/messages.test.ts checks that every key round-
 * trips and that no English reaches the CMS.
 */

type Template = { en: string; ro: string };

export const MESSAGES = {
  // Any field
  'field.required': { en: 'is required{label}; add it', ro: 'este obligatoriu; completați-l' },
  'field.empty': { en: 'is empty; write it or remove the field', ro: 'este gol; completați-l sau ștergeți-l' },
  'field.tooLong': { en: 'is {length} characters long; shorten it to at most {max}', ro: 'are {length} caractere; scurtați-l la cel mult {max}' },
  'field.tooManyItems': { en: 'has too many items; at most {max}', ro: 'are prea multe elemente; cel mult {max}' },
  'field.tooFewItems': { en: 'needs at least {min} {unit}', ro: 'trebuie să aibă cel puțin {min} element(e)' },
  'field.tooBig': { en: 'is {value}; it must be at most {max}', ro: 'este {value}; trebuie să fie cel mult {max}' },
  'field.tooSmall': { en: 'is {value}; it must be at least {min}', ro: 'este {value}; trebuie să fie cel puțin {min}' },
  'field.notOneOf': { en: '{value} is not one of: {options}', ro: '{value} nu este o valoare permisă; alegeți din listă' },
  'field.wrongType': { en: 'is {value} but should be {expected}', ro: 'are o formă greșită ({value}); corectați-l în formular' },
  'field.unknownGuess': { en: 'is not a known field; did you mean {guess}?', ro: 'nu este un câmp al acestui tip de conținut' },
  'field.unknown': { en: 'is not a known field; remove it or use one of: {known}', ro: 'nu este un câmp al acestui tip de conținut' },
  'field.notUrl': { en: 'is not a web address; write it as https://…', ro: 'nu este o adresă web; scrieți-o ca https://…' },
  'field.notEmail': { en: 'is not an e-mail address; write it as nume@domeniu.ro', ro: 'nu este o adresă de e-mail; scrieți-o ca nume@domeniu.ro' },
  'field.notTime': { en: 'is not a time of day; write it as 09:30', ro: 'nu este o oră; scrieți-o ca 09:30' },
  'field.dateInQuotes': { en: 'must be a date written in quotes', ro: 'trebuie să fie o dată' },
  'field.slug': { en: 'must be lowercase ASCII letters, digits and hyphens (ș→s, ț→t, ă→a)', ro: 'poate conține doar litere mici fără diacritice, cifre și cratime (ș→s, ț→t, ă→a)' },
  'field.pattern': { en: 'must match {pattern}', ro: 'nu are forma cerută' },
  'field.value': { en: '{value} {problem}', ro: '{value} {problem}' },
  // Dates (src/lib/dates.ts)
  'date.notDateTimeValue': { en: '"{value}" is not a date-time; write it as {example}', ro: '„{value}” nu este o dată și o oră; scrieți-o ca {example}' },
  'date.notDateTime': { en: 'is not a date-time; write it as {example}', ro: 'nu este o dată și o oră; scrieți-o ca {example}' },
  'date.invalidDateTime': { en: 'is not a valid date-time; write it as {example}', ro: 'nu este o dată și o oră valabilă; scrieți-o ca {example}' },
  'date.notDateValue': { en: '"{value}" is not a date; write it as {example}', ro: '„{value}” nu este o dată; scrieți-o ca {example}' },
  'date.notDate': { en: 'is not a date; write it as {example}', ro: 'nu este o dată; scrieți-o ca {example}' },
  'date.dstGap': {
    en: '{date} {time} does not exist in Romania (clocks jump from 03:00 to 04:00 that night); write {fix}',
    ro: 'ora {time} din {date} nu există în România (în noaptea trecerii la ora de vară ceasul sare de la 03:00 la 04:00); alegeți {fix}',
  },
  // Media (src/model/fields.ts)
  'media.underMedia': {
    en: 'must be a file under /media/, e.g. /media/2026/fotografie.jpg (lowercase, no spaces, diacritics or "..")',
    ro: 'trebuie să fie un fișier încărcat în biblioteca media (litere mici, fără spații sau diacritice)',
  },
  'media.type': { en: 'is not a type the site can serve; use one of: {types}', ro: 'nu este un tip de fișier pe care site-ul îl poate afișa; folosiți unul dintre: {types}' },
  // Patterns of single fields: Decap shows the Romanian one under the field as it is typed.
  'pattern.releaseNumber': { en: 'must be number/year, e.g. 412/2026', ro: 'Scrieți numărul și anul, ex.: 412/2026.' },
  'pattern.semester': { en: 'must be a year and semester, e.g. 2026-S1', ro: 'Scrieți anul și semestrul, ex.: 2026-S1.' },
  'pattern.measureCode': { en: 'must be two capital letters, a hyphen and two digits, e.g. ED-01', ro: 'Scrieți două majuscule, o cratimă și două cifre, ex.: ED-01.' },
  'pattern.postalCode': { en: 'must be six digits', ro: 'Scrieți cele șase cifre ale codului poștal.' },
  'pattern.siteUrl': { en: 'must be an https address without a trailing slash', ro: 'Scrieți o adresă https, fără „/” la final.' },
  'pattern.hexColour': { en: 'must be a hex colour such as #003b73', ro: 'Scrieți culoarea în hex, ex.: #003b73.' },
  'pattern.repo': { en: 'must be owner/name, e.g. prefectura/cancelaria', ro: 'Scrieți proprietar/nume, ex.: prefectura/cancelaria.' },
  'pattern.slug': { en: 'must be lowercase ASCII letters, digits and hyphens', ro: 'Folosiți doar litere mici fără diacritice, cifre și cratime.' },
  'pattern.alertLink': { en: 'must be an https address or a path of this site starting with /', ro: 'Scrieți o adresă https sau o adresă de pe acest site care începe cu /.' },
  'pattern.time': { en: 'must be a time of day such as 09:30', ro: 'Scrieți ora ca 09:30.' },
  // Rules across fields (src/model/*.ts)
  'release.replyToRequired': {
    en: 'is required when type is drept-la-replica; add the outlet, title and date of the article you answer',
    ro: 'este obligatoriu la un drept la replică: completați publicația, titlul și data articolului',
  },
  'release.correctionsOutOfOrder': { en: 'is before the correction listed above it; list the corrections oldest first', ro: 'este înaintea corecturii de deasupra; treceți corecturile în ordinea în care s-au făcut, cea mai veche prima' },
  'release.correctionBeforeDate': { en: 'is before the release date; a correction comes after publication', ro: 'este înaintea datei comunicatului; o corectură se face după publicare' },
  'release.withdrawnBeforeDate': { en: 'is before the release date; a release is withdrawn after publication', ro: 'este înaintea datei comunicatului; retragerea se face după publicare' },
  'alert.required': { en: 'is required when raiseAlert is true; add the level, the text and the end time', ro: 'este obligatorie când bifați „Ridică alertă pe tot site-ul”: completați nivelul, textul și ora de final' },
  'alert.endsBeforeStart': { en: 'is not after the publication date; an alert ends after it is raised', ro: 'trebuie să fie după data publicării; alerta se încheie după ce este dată' },
  'event.endBeforeStart': { en: 'is not after start; an event ends after it begins', ro: 'trebuie să fie după începutul evenimentului' },
  'audience.toBeforeFrom': { en: 'is not after from', ro: 'trebuie să fie după ora de început' },
  'strategy.endBeforeStart': { en: 'is before periodStart', ro: 'este înaintea primului an al perioadei' },
  'roma.codePrefix': { en: 'must start with {prefix}- for domain {domain}', ro: 'trebuie să înceapă cu {prefix}- pentru domeniul ales' },
  'roma.semesterTwice': { en: '{semester} appears twice; merge the two notes', ro: '{semester} apare de două ori; uniți cele două note' },
  'settings.topicTwice': { en: '"{slug}" appears twice; topic identifiers must be unique', ro: '„{slug}” apare de două ori; identificatorii temelor trebuie să fie unici' },
  'settings.missingRole': { en: 'has no {role}; add one entry with role: {role}', ro: 'nu are niciun {role}; adăugați unul' },
} as const satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;
export type Params = Record<string, string | number>;

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The build's sentence (English). */
export function msg(key: MessageKey, params?: Params): string {
  return fill(MESSAGES[key].en, params);
}

/** The press officer's sentence (Romanian). */
export function msgRo(key: MessageKey, params?: Params): string {
  return fill(MESSAGES[key].ro, params);
}

/** Each English template as a pattern that recovers its parameters. */
const PATTERNS = (Object.entries(MESSAGES) as [MessageKey, Template][])
  .filter(([key]) => key !== 'field.value')
  .map(([key, { en }]) => {
    const names: string[] = [];
    const source = en
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (names.includes(m[1]!)) return `\\k<${m[1]}>`;
        names.push(m[1]!);
        return `(?<${m[1]}>.*?)`;
      })
      .join('');
    return { key, re: new RegExp(`^${source}$`, 's') };
  });

/** Which message an English sentence is, and with what parameters; undefined when it is none. */
export function parseMessage(english: string): { key: MessageKey; params: Params } | undefined {
  for (const { key, re } of PATTERNS) {
    const m = re.exec(english);
    if (m) return { key, params: { ...m.groups } };
  }
  return undefined;
}

/**
 * The Romanian of a sentence the build produced. A value quoted before a message
 * (`"2026-13-01" is not a date`) keeps its place; an unknown sentence is returned as it is
 * (the catalogue test makes sure none of the model's can be).
 */
/**
 * The content-safety sentences of the body and URL checks (src/lib/body.ts, urls.ts),
 * which carry what the officer wrote: matched by pattern, the address kept.
 */
const SAFETY_RULES: [RegExp, string][] = [
  [/^(?:link |image )?address "([^"]*)" uses the address type "([^"]*)", which is not allowed.*$/s, 'adresa „$1” folosește tipul „$2”, care nu este permis; folosiți https://…, mailto:…, tel:…, o adresă a site-ului (/comunicate/…) sau un #fragment'],
  [/^"([^"]*)" uses the address type "([^"]*)", which is not allowed.*$/s, 'adresa „$1” folosește tipul „$2”, care nu este permis; scrieți adresa ca https://…'],
  [/^(?:link |image )?address "([^"]*)" is a relative address.*$/s, 'adresa „$1” este relativă; scrieți-o de la rădăcina site-ului (/media/2026/fisier.pdf) sau completă (https://…)'],
  [/^image "([^"]*)" is not a site media (?:file|image).*$/s, 'imaginea „$1” nu este în biblioteca media; încărcați-o din CMS și folosiți adresa /media/…'],
  [/^(?:link|image) "([^"]*)" is not a type the site publishes; use (.*)$/s, 'fișierul „$1” nu este de un tip pe care site-ul îl publică; folosiți $2'],
  [/^(?:link |image )?address "([^"]*)" (?:has no scheme|contains|is not).*$/s, 'adresa „$1” nu este validă; scrieți-o completă, ca https://…'],
  [/^(?:nests lists or quotes|is indented by) .*$/s, 'are liste sau citate imbricate pe prea multe niveluri (cel mult 8); simplificați lista'],
  [/^has a paragraph, list or table with .*$/s, 'are un paragraf, o listă sau un tabel prea lung; despărțiți-l cu rânduri goale sau publicați-l ca document atașat'],
  [/^content may not contain code.*$/s, 'conține cod, care nu este permis; scrieți text simplu (singurele elemente speciale sunt blocurile din „Adăugați un bloc”)'],
  [/^the <(\w+)> block .*$/s, 'blocul „$1” nu este completat corect; deschideți-l și completați câmpurile obligatorii'],
  [/^a <(\w+)> block cannot stand inside another block.*$/s, 'blocul „$1” nu poate sta în interiorul altui bloc; mutați-l în afara lui'],
  [/^is not valid MDX.*$/s, 'nu poate fi citit; verificați acoladele { } și semnele < (scrieți \\{ sau \\< pentru ele)'],
];

export function toRomanian(english: string): string {
  const whole = parseMessage(english);
  if (whole) return msgRo(whole.key, whole.params);
  for (const [re, ro] of SAFETY_RULES) if (re.test(english)) return english.replace(re, ro);
  const quoted = /^("[^"]*"|\S+) (.+)$/s.exec(english);
  if (quoted) {
    const rest = parseMessage(quoted[2]!);
    if (rest) return `${quoted[1]!.replace(/^"(.*)"$/s, '„$1”')} ${msgRo(rest.key, rest.params)}`;
  }
  return english;
}

/**
 * Synthetic press releases for the search bench: valid content (the build's own check
 * accepts them), Romanian with diacritics, varied enough that the index resembles a real
 * archive (localities, bodies, subjects, act numbers), and each signed by the Prefect's
 * Institution, so "prefectul" matches every page. Deterministic: the same N gives the
 * same files.
 */

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Alba Iulia', 'Sebeș', 'Aiud', 'Blaj', 'Cugir', 'Zlatna', 'Abrud', 'Câmpeni', 'Ocna Mureș', 'Teiuș', 'Baia de Arieș', 'Arieșeni', 'Lupșa', 'Sălciua', 'Albac', 'Bistra', 'Roșia Montană', 'Vințu de Jos', 'Jidvei', 'Cetatea de Baltă'];
const BODIES = ['Comitetul Județean pentru Situații de Urgență', 'Colegiul Prefectural', 'Comisia de Dialog Social', 'Comisia județeană de fond funciar', 'Grupul de lucru mixt pentru romi', 'Comisia județeană pentru egalitate de șanse', 'Comitetul consultativ de dialog civic pentru problemele persoanelor vârstnice'];
const SUBJECTS = ['pregătirea sezonului rece', 'prevenirea inundațiilor', 'siguranța elevilor la începutul anului școlar', 'verificarea legalității actelor administrative', 'accesarea fondurilor europene pentru drumuri județene', 'situația pestei porcine africane', 'organizarea alegerilor locale', 'eliberarea titlurilor de proprietate', 'campania de vaccinare', 'protecția mediului în zona Apusenilor', 'aprovizionarea cu apă potabilă', 'reabilitarea rețelei de drumuri comunale', 'incluziunea cetățenilor de etnie romă', 'combaterea incendiilor de vegetație', 'siguranța pe drumurile naționale'];
const PARTNERS = ['ISU „Unirea” Alba', 'Inspectoratul de Poliție Județean Alba', 'Direcția de Sănătate Publică Alba', 'Consiliul Județean Alba', 'Inspectoratul Școlar Județean Alba', 'Garda Națională de Mediu', 'Direcția Sanitar-Veterinară și pentru Siguranța Alimentelor', 'Agenția Județeană pentru Ocuparea Forței de Muncă', 'Apele Române – Administrația Bazinală Mureș'];
const PEOPLE = ['prefect', 'subprefect', 'secretar-general', 'purtator-de-cuvant'];
const TOPICS = ['situatii-de-urgenta', 'ordine-publica', 'fonduri-europene', 'agricultura', 'sanatate', 'educatie', 'alegeri', 'documente', 'legalitate', 'dialog-social', 'incluziune', 'ceremonii', 'mediu', 'infrastructura'];
const TYPES = ['comunicat', 'comunicat', 'comunicat', 'informare', 'precizari', 'invitatie-de-presa'];

interface TitleParts {
  p: string;
  b: string;
  s: string;
}

const TITLES: ((t: TitleParts) => string)[] = [
  ({ b, s }) => `Prefectul județului Alba a convocat ${b} pentru ${s}`,
  ({ p, b, s }) => `${b} s-a reunit la ${p}: măsuri privind ${s}`,
  ({ p, s }) => `Instituția Prefectului verifică ${s} în ${p}`,
  ({ p, s }) => `Subprefectul a participat la întâlnirea de la ${p} despre ${s}`,
  ({ p, s }) => `Informare privind ${s} în localitatea ${p}`,
  ({ b, s }) => `Ședința ${b.replace(/^Comitetul|^Colegiul|^Comisia|^Grupul/, (m) => ({ Comitetul: 'Comitetului', Colegiul: 'Colegiului', Comisia: 'Comisiei', Grupul: 'Grupului' })[m]!)}: ${s}`,
];

const SENTENCES = [
  'Prefectul a cerut instituțiilor prezente să transmită, până la sfârșitul săptămânii, situația centralizată pe fiecare localitate.',
  'La ședință au participat reprezentanți ai {partner} și primarii localităților vizate.',
  'Au fost verificate prin sondaj {n} obiective din {place} și din comunele învecinate.',
  'Primăriile au raportat {n} de situații care necesită intervenție, dintre care {m} au fost deja remediate.',
  'Prin Hotărârea CJSU nr. {act} au fost stabilite responsabilitățile fiecărei instituții.',
  'Situațiile de urgență din ultimele luni au arătat importanța unei comunicări rapide între autorități.',
  'Cetățenii pot transmite sesizări la numărul de telefon al instituției sau prin e-mail, în zilele lucrătoare.',
  '„Vom urmări punerea în aplicare a fiecărei măsuri și vom reveni pe teren”, a declarat prefectul.',
  'Subprefectul a subliniat că termenele stabilite sunt obligatorii pentru toate instituțiile implicate.',
  'Colaborarea cu {partner} continuă, iar rezultatele vor fi prezentate în următoarea ședință a Colegiului Prefectural.',
  'Documentele prezentate în ședință pot fi consultate la sediul instituției, în programul cu publicul.',
  'În {place}, echipele mixte au identificat deficiențe la {m} dintre obiectivele verificate.',
  'Pentru perioada următoare au fost planificate controale comune în {place} și în localitățile din zona Apusenilor.',
  'Datele sunt agregate și nu conțin informații despre persoane.',
  'Instituția Prefectului a transmis primăriilor un ghid cu pașii de urmat și termenele legale.',
];

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

const q = (s: string) => JSON.stringify(s);

/** N releases spread back from `now` over ten years, newest first. */
export function syntheticReleases(n: number, now: string): { file: string; text: string }[] {
  const random = rng(20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const end = Date.parse(`${now}:00Z`) - 86_400_000 * 2;
  const span = 86_400_000 * 3650;
  const perYear = new Map<number, number>();
  const out: { file: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    // Wall time written as local; working hours only, so no date falls in a DST gap.
    const t = new Date(end - Math.floor((i / n) * span));
    const hour = 9 + Math.floor(random() * 8);
    const minute = Math.floor(random() * 4) * 15;
    const date = `${t.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const year = Number(date.slice(0, 4));
    // Numbers from 1000 up, so they never collide with the sample releases' numbers.
    const seq = (perYear.get(year) ?? 999) + 1;
    perYear.set(year, seq);
    const place = pick(PLACES);
    const body = pick(BODIES);
    const subject = pick(SUBJECTS);
    const title = pick(TITLES)({ p: place, b: body, s: subject }).slice(0, 160);
    const act = `${1 + Math.floor(random() * 40)}/${year}`;
    const fill = (s: string) =>
      s
        .replace('{partner}', pick(PARTNERS))
        .replace('{place}', place)
        .replace('{n}', String(20 + Math.floor(random() * 80)))
        .replace('{m}', String(2 + Math.floor(random() * 15)))
        .replace('{act}', act);
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(random() * 5);
    for (let p = 0; p < count; p++) paragraphs.push([fill(pick(SENTENCES)), fill(pick(SENTENCES)), fill(pick(SENTENCES))].join(' '));
    const topics = [...new Set([pick(TOPICS), pick(TOPICS)])].slice(0, 1 + Math.floor(random() * 2));
    const summary = `${fill(pick(SENTENCES))} Tema: ${subject}, în ${place}.`.slice(0, 300);
    const id = `${date.slice(0, 10)}-${slugify(title)}-${i}`;
    const text = [
      '---',
      `title: ${q(title)}`,
      `date: ${q(date)}`,
      `summary: ${q(summary)}`,
      `type: ${pick(TYPES)}`,
      `number: ${q(`${seq}/${year}`)}`,
      `topics: [${topics.join(', ')}]`,
      `people: [${pick(PEOPLE)}]`,
      '---',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'Biroul de presă al Instituției Prefectului – Județul Alba',
      '',
    ].join('\n');
    out.push({ file: `${id}.mdx`, text });
  }
  return out;
}

const EVENT_TYPES = ['conferinta-de-presa', 'intalnire', 'sedinta', 'eveniment-public'];
const LOCATIONS = ['Sala de ședințe a Instituției Prefectului', 'Sala „Unirii” a Consiliului Județean', 'Sediul primăriei', 'Centrul de conferințe al Universității „1 Decembrie 1918”'];

/** N events spread back from `now` over ten years (the newest a month ahead), newest first. */
export function syntheticEvents(n: number, now: string): { file: string; text: string }[] {
  const random = rng(20261128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const end = Date.parse(`${now}:00Z`) + 86_400_000 * 30;
  const span = 86_400_000 * 3650;
  const out: { file: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const t = new Date(end - Math.floor((i / n) * span));
    const hour = 9 + Math.floor(random() * 7);
    const day = t.toISOString().slice(0, 10);
    const start = `${day}T${String(hour).padStart(2, '0')}:00`;
    const finish = `${day}T${String(hour + 1).padStart(2, '0')}:30`;
    const place = pick(PLACES);
    const body = pick(BODIES);
    const subject = pick(SUBJECTS);
    const type = pick(EVENT_TYPES);
    const title = (type === 'conferinta-de-presa' ? `Conferință de presă a prefectului: ${subject}` : `${body} – ${subject}, ${place}`).slice(0, 160);
    const agenda = [subject, `situația din ${place}`, `propuneri ale ${pick(PARTNERS)}`, 'întrebări și diverse'];
    const text = [
      '---',
      `title: ${q(title)}`,
      `start: ${q(start)}`,
      `end: ${q(finish)}`,
      `type: ${type}`,
      `people: [${pick(PEOPLE)}]`,
      `location: ${q(`${pick(LOCATIONS)}, ${place}`)}`,
      `summary: ${q(`${body} se reunește la ${place} pentru ${subject}.`.slice(0, 300))}`,
      '---',
      '',
      '## Ordinea de zi',
      '',
      ...agenda.map((a) => `- ${a[0]!.toUpperCase()}${a.slice(1)}.`),
      '',
      `Participă reprezentanți ai ${pick(PARTNERS)} și primarii localităților din zona ${place}.`,
      '',
    ].join('\n');
    out.push({ file: `${day}-${slugify(title)}-${i}.mdx`, text });
  }
  return out;
}

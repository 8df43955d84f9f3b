/**
 * Romanian wording of the content check's messages, for press officers in the CMS. The
 * build keeps the English sentences (they are for whoever runs it); a message without a
 * translation here is shown as it is.
 */
const RULES: [RegExp, string][] = [
  [/^is required \(„[^”]*”\); add it$/, 'este obligatoriu; completați-l'],
  [/^is required when type is drept-la-replica; .*$/, 'este obligatoriu la un drept la replică: completați publicația, titlul și data articolului'],
  [/^is before the release date; a correction comes after publication$/, 'este înaintea datei comunicatului; o corectură se face după publicare'],
  [/^is before the release date; a release is withdrawn after publication$/, 'este înaintea datei comunicatului; retragerea se face după publicare'],
  [/^is not after start; .*$/, 'trebuie să fie după începutul evenimentului'],
  [/^is not after from$/, 'trebuie să fie după ora de început'],
  [/^is before periodStart$/, 'este înaintea primului an al perioadei'],
  [/^must start with (\w+)- for domain \S+$/, 'trebuie să înceapă cu $1- pentru domeniul ales'],
  [/^(\S+) appears twice; merge the two notes$/, '$1 apare de două ori; uniți cele două note'],
  [/^"([^"]*)" appears twice; topic identifiers must be unique$/, '„$1” apare de două ori; identificatorii temelor trebuie să fie unici'],
  [/^has no (\S+); add one entry with role: \S+$/, 'nu are niciun $1; adăugați unul'],
  [/^("[^"]*") is not a type the site can serve; use (.*) or (\w+)$/, '$1 nu este un tip de fișier pe care site-ul îl poate afișa; folosiți $2 sau $3'],
  [/^("[^"]*") must be a file under \/media\/.*$/, '$1 trebuie să fie un fișier încărcat în biblioteca media (litere mici, fără spații sau diacritice)'],
  [/^("[^"]*") is not a date-time; write it as (.*)$/, '$1 nu este o dată și o oră; scrieți-o ca $2'],
  [/^("[^"]*") is not a date; write it as (.*)$/, '$1 nu este o dată; scrieți-o ca $2'],
  [/^(\S+ \S+) does not exist in Romania .*; write (\S+)$/, 'ora $1 nu există în România (în noaptea trecerii la ora de vară ceasul sare de la 03:00 la 04:00); alegeți $2'],
  [/^is (\d+) characters long; shorten it to at most (\d+)$/, 'are $1 de caractere; scurtați-l la cel mult $2'],
  [/^("[^"]*") is not one of: .*$/, '$1 nu este o valoare permisă; alegeți din listă'],
  [/^is empty; write it or remove the field$/, 'este gol; completați-l sau ștergeți-l'],
  [/^("[^"]*") is not a web address.*$/, '$1 nu este o adresă web; scrieți-o ca https://…'],
  [/^("[^"]*") is not an e-mail address.*$/, '$1 nu este o adresă de e-mail; scrieți-o ca nume@domeniu.ro'],
  [/^needs at least (\d+) items?$/, 'trebuie să aibă cel puțin $1 element(e)'],
  [/^("[^"]*") must be number\/year.*$/, '$1 trebuie să fie de forma număr/an, ex.: 412/2026'],
  [/^("[^"]*") must be a year and semester.*$/, '$1 trebuie să fie anul și semestrul, ex.: 2026-S1'],
  [/^is not a known field; .*$/, 'nu este un câmp al acestui tip de conținut'],
  [/^(?:link |image )?address "([^"]*)" uses the address type "([^"]*)", which is not allowed.*$/, 'adresa „$1” folosește tipul „$2”, care nu este permis; folosiți https://…, mailto:…, tel:…, o adresă a site-ului (/comunicate/…) sau un #fragment'],
  [/^uses the address type "([^"]*)", which is not allowed.*$/, 'folosește tipul de adresă „$1”, care nu este permis; scrieți adresa ca https://…'],
  [/^"([^"]*)" uses the address type "([^"]*)", which is not allowed.*$/, 'adresa „$1” folosește tipul „$2”, care nu este permis; scrieți adresa ca https://…'],
  [/^(?:link |image )?address "([^"]*)" is a relative address.*$/, 'adresa „$1” este relativă; scrieți-o de la rădăcina site-ului (/media/2026/fisier.pdf) sau completă (https://…)'],
  [/^image "([^"]*)" is not a site media file.*$/, 'imaginea „$1” nu este în biblioteca media; încărcați-o din CMS și folosiți adresa /media/…'],
  [/^(?:link |image )?address "([^"]*)" (?:has no scheme|contains|is not).*$/, 'adresa „$1” nu este validă; scrieți-o completă, ca https://…'],
  [/^nests lists or quotes .*$/, 'are liste sau citate imbricate pe prea multe niveluri (cel mult 8); simplificați lista'],
  [/^content may not contain code.*$/, 'conține cod, care nu este permis; scrieți text simplu'],
  [/^is not valid MDX.*$/, 'nu poate fi citit; verificați acoladele { } și semnele < (scrieți \\{ sau \\< pentru ele)'],
];

export function toRomanian(message: string): string {
  for (const [re, ro] of RULES) if (re.test(message)) return message.replace(re, ro);
  return message;
}

/**
 * German words that say a search is in German (`src/features/search/rules/query-language.ts`). German is read by
 * `lexicon.ts`'s own lists, which hold its words together with Spanish, French, Portuguese and Italian ones, so it
 * has no word lists of its own to read a cue from (`languages.ts`): these are taken from those lists, each a word
 * only German writes among the languages read here (tested).
 *
 * Left out, though the lists hold them: words that are English too ("startup", "team", "personal", "investor") or
 * that the catalogue's English text uses (the search drops those anyway); "investoren", which Dutch writes too;
 * "stelle" (a position), which is Italian for stars; "praktikum", which Czech and Slovak write for a practical
 * course. Words under four letters say no language (`query-language.ts`).
 */
export const GERMAN_CUE_WORDS: readonly string[] = [
  // A job, looking for one, and who employs
  'jobsuche',
  'stellensuche',
  'stellenangebote',
  'arbeit',
  'arbeitgeber',
  'mitarbeiter',
  'bewerbung',
  'bewerbungen',
  'gesucht',
  // Contacts, networking, peers
  'netzwerk',
  'vernetzen',
  'kontakte',
  'kollegen',
  'austausch',
  'erfahrungsaustausch',
  // Customers, orders, publicity, a co-founder
  'kunden',
  'neukunden',
  'aufträge',
  'werbung',
  'mitgründer',
  // Friends and people, volunteering
  'freunde',
  'leute',
  'kennenlernen',
  'ehrenamt',
  // Looking for, finding
  'suche',
  'suchen',
  'finden',
  // Professions
  'handwerker',
  'ärzte',
  'lehrer',
];

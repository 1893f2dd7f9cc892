/**
 * The vocabulary helpers and the purposes, in a module of their own: the browser's review cards need the purposes'
 * labels, and importing them from `taxonomy.ts` shipped every field's words in many languages to each site page (its
 * scripts went over the 10 kB budget when two fields were added). `taxonomy.ts` re-exports the purposes and helpers:
 * import them from there, but in browser code.
 */

/** Map of slug → label and description; insertion order is display order. */
export type Vocabulary<K extends string> = ReadonlyMap<K, { label: string; description: string }>;

export function vocabulary<const K extends string>(entries: readonly (readonly [K, string, string])[]): Vocabulary<K> {
  return new Map(entries.map(([slug, label, description]) => [slug, { label, description }]));
}

/** Keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<K extends string>(vocab: Vocabulary<K>): [K, ...K[]] {
  return [...vocab.keys()] as [K, ...K[]];
}

/** Label of a vocabulary value; throws on an unknown value so typos surface. */
export function labelOf<K extends string>(vocab: Vocabulary<K>, key: K): string {
  const entry = vocab.get(key);
  if (!entry) throw new Error(`Unknown taxonomy value "${key}"`);
  return entry.label;
}

export const PURPOSES = vocabulary([
  ['contacts', 'Professional contacts', 'Build a network of professional contacts.'],
  ['peer-ideas', 'Ideas with peers', 'Discuss ideas with a wider group of peers.'],
  ['referrals', 'Referrals', 'Give and receive business referrals.'],
  ['investors', 'Investors', 'Meet investors, raise money for a venture.'],
  ['promotion', 'Promotion', 'Promote a business, reach people by word of mouth.'],
  ['hiring', 'Jobs and hiring', 'Find work or hire people.'],
  ['local', 'Local, in person', 'Meet people and businesses nearby, in person.'],
  ['friends', 'Friends and fun', 'Keep up with friends and family, entertainment.'],
] as const);
export type Purpose = typeof PURPOSES extends Vocabulary<infer K> ? K : never;

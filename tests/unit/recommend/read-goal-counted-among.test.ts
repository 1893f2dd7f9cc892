import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const groupsOf = (text: string) => (readGoal(text).understood.groups ?? []).map((g) => g.value);

describe('readGoal(): a writer counted among a group', () => {
  it('reads "one of the few women", "as one of two mums" as belonging to the group', () => {
    expect(groupsOf("I'm one of the very few women in my engineering team")).toContain('women');
    expect(groupsOf('As one of only two dads at the playgroup I feel out of place')).toEqual(['men', 'fathers']);
  });

  it('reads no group when someone else is the one counted', () => {
    expect(groupsOf('One of the mums at school told me about a group')).toEqual([]);
    expect(groupsOf('One of my friends is a mum and loves it')).toEqual([]);
  });
});

describe('readGoal(): fire and police services', () => {
  it('reads firefighters and police officers as public-sector staff', () => {
    expect(readGoal("I'm a firefighter and want to talk shop with other firefighters").understood.field?.value).toBe(
      'public-sector',
    );
    expect(readGoal('Police officer in Bristol, looking to swap ideas').understood.field?.value).toBe('public-sector');
  });
});

import { describe, expect, it } from 'vitest';
import { answersToQuery, parseAnswersQuery } from '#src/features/recommend/rules/answers.ts';

const parse = (query: string) => parseAnswersQuery(new URLSearchParams(query));

describe('reading quiz answers from a URL', () => {
  it('reads the form’s repeated goals in priority order and drops the unanswered ones', () => {
    expect(
      parse('goals=referrals&goals=&goals=contacts&audience=&time=light&budget=&region=&inPerson=in-person'),
    ).toEqual({
      ok: true,
      answers: { goals: ['referrals', 'contacts'], time: 'light', inPerson: 'in-person' },
    });
  });

  it('reads comma-separated goals, as the API and shared links write them', () => {
    expect(parse('goals=friends,promotion')).toEqual({ ok: true, answers: { goals: ['friends', 'promotion'] } });
  });

  it('accepts a lowercase country code and "global"', () => {
    expect(parse('goals=local&region=gb')).toMatchObject({ answers: { country: 'GB' } });
    expect(parse('goals=local&country=pt')).toMatchObject({ answers: { country: 'PT' } });
    expect(parse('goals=local&region=Global')).toMatchObject({ answers: { country: 'global' } });
  });

  it('refuses an unknown goal, naming its position and the allowed values', () => {
    expect(parse('goals=contacts,dating')).toEqual({
      ok: false,
      errors: [
        {
          field: 'goals[1]',
          message: 'must be one of: contacts, peer-ideas, referrals, investors, promotion, hiring, local, friends',
        },
      ],
    });
  });

  it('refuses a quiz with no goal chosen', () => {
    const result = parse('goals=&goals=&audience=startups');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.field).toBe('goals');
  });

  it('refuses a country name where a code is expected', () => {
    expect(parse('goals=local&region=Germany')).toEqual({
      ok: false,
      errors: [{ field: 'region', message: expect.stringContaining('ISO country code') }],
    });
  });
});

describe('writing answers as a URL query', () => {
  it('writes goals comma-separated and leaves unanswered questions out, so parsing it gives the same answers', () => {
    const answers = { goals: ['investors', 'contacts'] as const, country: 'DE', inPerson: 'online' as const };
    const query = answersToQuery({ ...answers, goals: [...answers.goals] });
    expect(query).toBe('goals=investors,contacts&country=DE&inPerson=online');
    expect(parse(query)).toEqual({ ok: true, answers: { ...answers, goals: [...answers.goals] } });
  });
});

describe('the optional groups answer', () => {
  it('reads the form’s repeated checkboxes and comma-separated links alike, in one fixed order', () => {
    const expected = { ok: true, answers: { goals: ['friends'], groups: ['women', 'age-18-40'] } };
    expect(parse('goals=friends&groups=age-18-40&groups=women')).toEqual(expected);
    expect(parse('goals=friends&groups=women,age-18-40')).toEqual(expected);
    expect(answersToQuery({ goals: ['friends'], groups: ['women', 'age-18-40'] })).toBe(
      'goals=friends&groups=women,age-18-40',
    );
  });

  it('treats no ticked box as no answer', () => {
    expect(parse('goals=friends&groups=')).toEqual({ ok: true, answers: { goals: ['friends'] } });
  });

  it('refuses an unknown group, naming the allowed ones, and a group named twice', () => {
    expect(parse('goals=friends&groups=women,students')).toEqual({
      ok: false,
      errors: [{ field: 'groups[1]', message: 'must be one of: women, men, age-18-40, age-55-plus, mothers, fathers' }],
    });
    const twice = parse('goals=friends&groups=men,men');
    expect(!twice.ok && twice.errors[0]?.message).toContain('same group twice');
  });
});

import { describe, expect, it } from 'vitest';
import {
  FIELD_PEOPLE,
  fieldPath,
  fieldsWithSites,
  fieldTitle,
  rankForField,
  whyNotForField,
} from '#src/features/directories/index.ts';
import { FIELDS } from '#src/catalogue/taxonomy.ts';
import { reach, site } from './fixtures.ts';

const allnurses = site({
  slug: 'allnurses',
  scores: { 'peer-ideas': 3 },
  fields: { nursing: 'Forums run by and for nurses.' },
  reach: reach('100k'),
});
const clinicnet = site({
  slug: 'clinicnet',
  scores: { contacts: 2 },
  fields: { nursing: 'Nurses and doctors share cases.', medicine: 'Doctors share cases.' },
  reach: reach('1m'),
});
const oldnurse = site({
  slug: 'oldnurse',
  scores: { contacts: 3 },
  fields: { nursing: 'Was the nurses’ forum of its day.' },
  status: 'closed',
  closed: 2015,
});
const facebook = site({ slug: 'facebook', kind: 'social', scores: { friends: 3, promotion: 2 } });
const youtube = site({
  slug: 'youtube',
  kind: 'social',
  scores: { promotion: 3 },
  fields: { 'photography-video': 'Where video makers publish.' },
});
const linkedin = site({
  slug: 'linkedin',
  scores: { contacts: 3, hiring: 3 },
  fields: { nursing: 'Hospitals recruit nurses there.' },
});
const sites = [allnurses, clinicnet, oldnurse, facebook, youtube, linkedin];

describe('the field directory', () => {
  it('lists the running sites strong for the field, best first, and keeps closed ones apart', () => {
    const { serving, closed } = rankForField('nursing', sites);
    expect(serving.map((s) => s.slug)).toEqual(['allnurses', 'linkedin', 'clinicnet']);
    expect(closed.map((s) => s.slug)).toEqual(['oldnurse']);
  });

  it('names the popular sites without the field as wrong, each with a line why, and never a popular site that has it', () => {
    const { popularButWrong } = rankForField('nursing', sites);
    expect(popularButWrong.map((w) => w.site.slug)).toEqual(['facebook', 'youtube']);
    expect(popularButWrong[0]!.why).toBe(
      'A general platform with nothing built for nurses; better for friends and fun and promotion.',
    );
    expect(popularButWrong[1]!.why).toBe('Strong for photography and video, not for nurses; better for promotion.');
  });

  it('leaves a closed popular site out of the wrong list', () => {
    const closedFacebook = { ...facebook, status: 'closed' as const };
    expect(rankForField('nursing', [allnurses, closedFacebook]).popularButWrong).toEqual([]);
  });

  it('gives a page to every field an entry names, closed ones included, in taxonomy order', () => {
    expect(fieldsWithSites(sites)).toEqual(['medicine', 'nursing', 'photography-video']);
  });

  it('has people, a title and a path for every field in the taxonomy', () => {
    for (const field of FIELDS.keys()) expect(FIELD_PEOPLE[field], field).toMatch(/^[a-zA-Z]/);
    expect(fieldTitle('nursing')).toBe('Best networking sites for nurses');
    expect(fieldPath('research-academia')).toBe('/fields/research-academia/');
  });

  it('says why without a purpose list when a site serves nothing well', () => {
    expect(whyNotForField(site({ slug: 'quiet' }), 'law')).toBe('A general platform with nothing built for lawyers.');
  });
});

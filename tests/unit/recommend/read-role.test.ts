/**
 * The writer's role in their field, read from the lexicon's role words: a practitioner (a veterinarian, a lawyer,
 * a pharmacist) or support staff (a vet tech, a paralegal, a pharmacy technician), said of the writer or named as
 * whom a short query is for; a role said of other people is not the writer's.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const roleOf = (text: string) => readGoal(text).answers?.role;

describe('readGoal(): the writer’s role in their field', () => {
  it('reads support staff from the role someone says they hold, in any field', () => {
    for (const text of [
      'I work as a veterinary technician and want an online community of other vet techs to learn from',
      "I'm a vet tech looking for other techs to swap ideas with",
      'As a veterinary nurse I want to share ideas with peers',
      "I'm a paralegal and want to network with other paralegals",
      "I'm a dental hygienist looking to connect with other hygienists",
      'I am a pharmacy technician and want to swap ideas with colleagues',
      "I'm a teaching assistant and want ideas from other teaching assistants",
      'I work as a practice manager at a clinic and want to meet other managers',
    ])
      expect(roleOf(text), text).toBe('support-staff');
  });

  it('reads a practitioner from the role someone says they hold', () => {
    for (const text of [
      "I'm a small-animal vet in general practice and I'd like to talk through difficult cases with other veterinarians",
      "I'm a solo attorney and need other lawyers I can refer cases to",
      'As a pharmacist I want to swap ideas with other pharmacists',
      "I'm a dentist looking for peers to discuss cases with",
    ])
      expect(roleOf(text), text).toBe('practitioner');
  });

  it('gives the words the role was read from', () => {
    expect(readGoal("I'm a paralegal and want to network with other paralegals").understood.role).toEqual({
      value: 'support-staff',
      words: 'paralegal',
    });
  });

  it('reads the role a short query is for', () => {
    expect(roleOf('community for vet techs')).toBe('support-staff');
    expect(roleOf('paralegal networking')).toBe('support-staff');
    expect(roleOf('veterinarian case discussion forum')).toBe('practitioner');
  });

  it('does not make the people someone wants to meet or hire their own role', () => {
    for (const text of [
      "I'm a pet owner and want to find veterinarians nearby",
      'I run a small law firm and want to hire paralegals',
      'I want to learn from veterinarians and share ideas online',
      'I am looking for a dental hygienist near me',
    ])
      expect(roleOf(text), text).toBeUndefined();
  });

  it('does not make the people a short query wants to hire or find its writer’s role', () => {
    // The reader page's own examples: "Hire paralegals" or "find a veterinarian" say whom you want, not who you are.
    for (const text of [
      'hire paralegals',
      'find a veterinarian',
      'hire a lawyer',
      'hiring a vet tech',
      'recruit pharmacists',
    ])
      expect(readGoal(text).understood.role, text).toBeUndefined();
    // A short query for the role's own work still names its writer's role.
    expect(roleOf('vet tech jobs')).toBe('support-staff');
    expect(roleOf('jobs for paralegals')).toBe('support-staff');
    // Looking for work in the role is the writer's own role.
    expect(roleOf('looking for vet tech jobs')).toBe('support-staff');
    expect(readGoal('find paralegal positions in Texas').understood.role?.value).toBe('support-staff');
  });

  it('reads no role from a query naming both roles', () => {
    expect(roleOf('forum for vets and vet techs')).toBeUndefined();
  });

  it('reads the field of a support role named on its own', () => {
    expect(readGoal("I'm a hygienist and want to swap ideas with peers").answers).toMatchObject({
      field: 'dentistry',
      role: 'support-staff',
    });
    expect(readGoal("I'm a vet assistant and want to swap ideas with peers").answers).toMatchObject({
      field: 'veterinary',
      role: 'support-staff',
    });
    expect(readGoal('I am an RVT looking for peers to learn from').answers).toMatchObject({
      field: 'veterinary',
      role: 'support-staff',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): a move in Danish or Norwegian, and the job it was for', () => {
  it('reads the Danish past "flyttede til" and the Norwegian "flytta til" as a move', () => {
    expect(goalsOf('Min kæreste og jeg flyttede til Odense i foråret')).toContain('local');
    expect(goalsOf('Flytta til Trondheim i fjor og kjenner ingen')).toContain('local');
  });

  it('reads a move "fra … til" as a move, and the new job it was for as no job sought', () => {
    expect(goalsOf('Flyttet fra Stavanger til Oslo for en ny jobb')).toEqual(['local']);
  });

  it('reads "pga." and "på grunn av" / "på grund af" before the job as the reason for the move', () => {
    expect(goalsOf('Vi flyttede til Aalborg pga. et nyt job')).not.toContain('hiring');
    expect(goalsOf('Flytta til Tromsø på grunn av ny jobb')).not.toContain('hiring');
    expect(goalsOf('Jeg flyttede til Esbjerg på grund af mit job')).not.toContain('hiring');
  });

  it('keeps a job sought a job sought', () => {
    expect(goalsOf('Jeg søger et nyt job i Aalborg')).toEqual(['hiring']);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { IntakeCandidate, IntakeMatch } from '../../../eval/intake/desk.js';
import { planActions } from '../../../eval/intake/grouping.js';

function candidate(id: string, text: string, matches: IntakeMatch[] = []): IntakeCandidate {
  return { id, text, score: 1, matches };
}

function match(overrides: Partial<IntakeMatch> = {}): IntakeMatch {
  return { ticketId: 't1', score: 0.9, sameClaim: true, reason: 'same figures', ...overrides };
}

describe('planActions', () => {
  it('joins the best match when the desk calls it the same claim, and opens a ticket otherwise', () => {
    const plan = planActions(
      [
        { id: 'a-c1', group: 'g1', key: ['4,000'] },
        { id: 'a-c2', group: 'g2', key: ['recaptured'] },
      ],
      [candidate('k1', 'They sent 4,000 troops.', [match()]), candidate('k2', 'The militia recaptured the port.', [match({ ticketId: 't2', sameClaim: false })])],
    );
    expect(plan.actions).toEqual([{ candidateId: 'k1', ticketId: 't1' }, { candidateId: 'k2' }]);
    expect(plan.sentences.get('a-c2')).toBe('The militia recaptured the port.');
  });

  it('leaves out a claim whose candidate is not among the first eight', () => {
    const filler = Array.from({ length: 8 }, (_, i) => candidate(`f${i}`, `Filler sentence ${i}.`));
    const plan = planActions([{ id: 'a-c1', group: 'g1', key: ['4,000'] }], [...filler, candidate('k1', 'They sent 4,000 troops.')]);
    expect(plan.actions).toEqual([]);
    expect(plan.sentences.has('a-c1')).toBe(false);
  });

  it('takes one action for two claims in one sentence', () => {
    const plan = planActions(
      [
        { id: 'a-c1', group: 'g1', key: ['4,000'] },
        { id: 'a-c2', group: 'g2', key: ['recaptured'] },
      ],
      [candidate('k1', 'After the militia recaptured the port, 4,000 troops were sent.')],
    );
    expect(plan.actions).toEqual([{ candidateId: 'k1' }]);
    expect(plan.claimsByCandidate.get('k1')).toEqual(['a-c1', 'a-c2']);
  });

  it('joins a ticket once per article when two claims match the same ticket', () => {
    const plan = planActions(
      [
        { id: 'a-c1', group: 'g1', key: ['4,000'] },
        { id: 'a-c2', group: 'g2', key: ['recaptured'] },
      ],
      [candidate('k1', 'They sent 4,000 troops.', [match()]), candidate('k2', 'The militia recaptured the port.', [match()])],
    );
    expect(plan.actions).toEqual([{ candidateId: 'k1', ticketId: 't1' }]);
    expect(plan.claimsByCandidate.get('k1')).toEqual(['a-c1', 'a-c2']);
  });
});

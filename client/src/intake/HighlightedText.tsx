import { type KeyboardEvent, useMemo } from 'react';
import type { Candidate } from '../api/intake';
import { percent, segmentsOf, strengthOf } from './intake-rules';

/**
 * The cleaned article with its candidate sentences marked, stronger for a
 * higher score. A marked sentence is a toggle: it selects its candidate.
 */
export function HighlightedText({ text, candidates, selected, onToggle }: { text: string; candidates: Candidate[]; selected: ReadonlySet<string>; onToggle: (candidateId: string) => void }) {
  const segments = useMemo(() => segmentsOf(text, candidates), [text, candidates]);
  const rankOf = useMemo(() => new Map(candidates.map((c) => [c.id, c.rank])), [candidates]);
  const key = (id: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle(id);
  };
  return (
    <div className="article-text" aria-label="Article text, candidate claims highlighted">
      {segments.map((segment, index) =>
        segment.candidateId === undefined ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <mark
            key={index}
            className={`claim-mark strength-${strengthOf(segment.score)}${selected.has(segment.candidateId) ? ' selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-pressed={selected.has(segment.candidateId)}
            title={`Candidate ${rankOf.get(segment.candidateId)} · check-worthiness ${percent(segment.score)}`}
            onClick={() => onToggle(segment.candidateId)}
            onKeyDown={key(segment.candidateId)}
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}

import type { HistoryEntry, Member, RatingDefinition } from '../api/types';
import { formatDate, Section } from '../ui/common';
import { describeEntry } from './history-words';

/** The ticket's history, newest first; ratings by the label of the newsroom's scale. */
export function HistoryPanel({ entries, members, ratingScale }: { entries: HistoryEntry[]; members: Member[]; ratingScale?: readonly RatingDefinition[] }) {
  const nameOf = (id: unknown) => members.find((m) => m.userId === id)?.displayName ?? 'a former member';
  const who = (e: HistoryEntry) => (e.actorId ? nameOf(e.actorId) : 'The desk');
  return (
    <Section title="History" id="history">
      {entries.length === 0 && <p className="muted">Nothing has happened yet.</p>}
      <ol className="history" reversed>
        {[...entries].reverse().map((e) => (
          <li key={e.seq}>
            <span>
              <strong>{who(e)}</strong> {describeEntry(e, nameOf, ratingScale)}
            </span>
            <time dateTime={e.at} className="muted">
              {formatDate(e.at, true)}
            </time>
          </li>
        ))}
      </ol>
    </Section>
  );
}

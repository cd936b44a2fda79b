import type { HistoryEntry, Member } from '../api/types';
import { formatDate, Section } from '../ui/common';

const WORDS: Record<string, string> = {
  'ticket.created': 'opened the ticket',
  'ticket.updated': 'edited the ticket',
  'ticket.transitioned': 'moved the ticket',
  'ticket.assigned': 'assigned',
  'ticket.unassigned': 'unassigned',
  'evidence.added': 'added evidence',
  'evidence.updated': 'edited evidence',
  'evidence.removed': 'removed evidence',
  'verdict.set': 'set the verdict',
  'signoff.given': 'signed off',
  'verdict.published': 'published the verdict',
  'verdict.corrected': 'reopened the verdict for a correction',
  'verdict.retracted': 'retracted the verdict',
};

export function HistoryPanel({ entries, members }: { entries: HistoryEntry[]; members: Member[] }) {
  const nameOf = (id: unknown) => members.find((m) => m.userId === id)?.displayName ?? 'a former member';
  const who = (e: HistoryEntry) => (e.actorId ? nameOf(e.actorId) : 'The desk');
  return (
    <Section title="History" id="history">
      {entries.length === 0 && <p className="muted">Nothing has happened yet.</p>}
      <ol className="history" reversed>
        {[...entries].reverse().map((e) => (
          <li key={e.seq}>
            <span>
              <strong>{who(e)}</strong> {describe(e, nameOf)}
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

function describe(entry: HistoryEntry, nameOf: (id: unknown) => string): string {
  const words = WORDS[entry.action] ?? entry.action.replace(/[._]/g, ' ');
  if ((entry.action === 'ticket.assigned' || entry.action === 'ticket.unassigned') && entry.after?.userId) {
    return `${words} ${nameOf(entry.after.userId)}${typeof entry.after.role === 'string' ? ` as ${entry.after.role}` : ''}`;
  }
  const to = entry.after?.status;
  const from = entry.before?.status;
  if (typeof to === 'string' && typeof from === 'string' && from !== to) return `${words}: ${from.replace('_', ' ')} → ${to.replace('_', ' ')}`;
  if (entry.action === 'verdict.set' && typeof entry.after?.rating === 'string') return `${words}: ${entry.after.rating}`;
  if (entry.action === 'signoff.given') return entry.after?.decision === 'request_changes' ? 'asked for changes' : 'approved this version';
  if (typeof entry.after?.publicationVersion === 'number') return `${words} (version ${entry.after.publicationVersion})`;
  return words;
}

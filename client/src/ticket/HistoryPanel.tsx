import { useEffect, useState } from 'react';
import { listHistory } from '../api/desk';
import type { HistoryEntry, Member } from '../api/types';
import { formatDate, Section } from '../ui/common';

export function HistoryPanel({ slug, ticketId, members, changed }: { slug: string; ticketId: string; members: Member[]; changed: number }) {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    listHistory(slug, ticketId).then(
      (list) => (setEntries(list), setFailed(false)),
      () => setFailed(true),
    );
  }, [slug, ticketId, changed]);

  const who = (e: HistoryEntry) => e.actorName ?? members.find((m) => m.userId === e.actorId)?.displayName ?? 'The desk';

  return (
    <Section title="History" id="history">
      {failed && <p className="muted">The history could not be loaded.</p>}
      {entries && entries.length === 0 && <p className="muted">Nothing has happened yet.</p>}
      <ol className="history">
        {entries?.map((e) => (
          <li key={String(e.id)}>
            <span>
              <strong>{who(e)}</strong> {describe(e)}
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

function describe(entry: HistoryEntry): string {
  const detail = entry.detail ?? {};
  const to = detail.to as string | undefined;
  return to ? `${entry.action.replace(/[._]/g, ' ')} → ${to.replace('_', ' ')}` : entry.action.replace(/[._]/g, ' ');
}

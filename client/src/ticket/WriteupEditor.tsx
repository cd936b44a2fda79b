import { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { accessToken, refreshSession } from '../api/http';

export type SaveState = 'connecting' | 'saved' | 'unsaved' | 'offline' | 'refused';

interface Peer {
  clientId: number;
  name: string;
  color: string;
}

const COLORS = ['#b3261e', '#1d5fbf', '#0b7a53', '#8a4baf', '#b25f00', '#00708a', '#a0306a'];

export function colorFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length]!;
}

interface Props {
  ticketId: string;
  user: { id: string; displayName: string };
  /** Why this member may not edit, when the client already knows it (role, frozen state). */
  readOnlyReason?: string;
  /** Called (debounced) after the text changed, locally or remotely: sign-offs may have gone stale. */
  onContentChange?: () => void;
}

/**
 * The live write-up: TipTap on the ticket's Yjs document through the desk's
 * /collab gateway. "Saved" is shown only when the server has acknowledged
 * every local change (it acknowledges after committing to PostgreSQL).
 */
export function WriteupEditor({ ticketId, user, readOnlyReason, onContentChange }: Props) {
  const [session, setSession] = useState<{ doc: Y.Doc; provider: HocuspocusProvider }>();
  const [saveState, setSaveState] = useState<SaveState>('connecting');
  const [serverReadOnly, setServerReadOnly] = useState(false);
  const [peers, setPeers] = useState<Peer[]>([]);
  const contentChange = useRef(onContentChange);
  contentChange.current = onContentChange;

  useEffect(() => {
    const doc = new Y.Doc();
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
    let refreshed = false;
    const provider = new HocuspocusProvider({
      url,
      name: `ticket:${ticketId}`,
      document: doc,
      token: () => accessToken() ?? '',
    });
    const update = () => {
      if (provider.configuration.websocketProvider.status !== 'connected') setSaveState('offline');
      else if (!provider.isSynced) setSaveState('connecting');
      else setSaveState(provider.hasUnsyncedChanges ? 'unsaved' : 'saved');
    };
    provider.on('status', update);
    provider.on('synced', update);
    provider.on('unsyncedChanges', update);
    provider.on('authenticated', ({ scope }: { scope: string }) => setServerReadOnly(scope === 'readonly'));
    provider.on('authenticationFailed', () => {
      // An expired access token: refresh once and reconnect; otherwise say so.
      if (!refreshed) {
        refreshed = true;
        void refreshSession().then((ok) => (ok ? void provider.connect() : setSaveState('refused')));
      } else setSaveState('refused');
    });
    provider.on('awarenessChange', ({ states }: { states: { clientId: number; user?: { name: string; color: string } }[] }) => {
      const others = states
        .filter((s) => s.clientId !== doc.clientID && s.user)
        .map((s) => ({ clientId: s.clientId, name: s.user!.name, color: s.user!.color }));
      // The editor sets this client's own presence while it renders (useEditor): update after that render, not during it.
      queueMicrotask(() => setPeers(others));
    });
    let timer: number | undefined;
    const changed = () => {
      if (!provider.isSynced) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => contentChange.current?.(), 1_000);
    };
    doc.on('update', changed);
    setSession({ doc, provider });
    return () => {
      window.clearTimeout(timer);
      doc.off('update', changed);
      provider.destroy();
      doc.destroy();
      setSession(undefined);
    };
  }, [ticketId]);

  const readOnly = !!readOnlyReason || serverReadOnly;

  return (
    <div className={`writeup ${readOnly ? 'read-only' : ''}`}>
      <div className="writeup-bar">
        {/* A read-only copy has nothing of its own to save: connection blips are not news. */}
        <SaveIndicator state={readOnly ? 'readonly' : saveState} />
        <ul className="peers" aria-label="Also editing">
          {peers.map((p) => (
            <li key={p.clientId} style={{ borderColor: p.color }}>
              <span className="peer-dot" style={{ background: p.color }} aria-hidden="true" />
              {p.name}
            </li>
          ))}
        </ul>
      </div>
      {readOnly && (
        <p className="read-only-note" role="note">
          <strong>Read only.</strong> {readOnlyReason ?? 'The desk opened this write-up read-only for you.'}
        </p>
      )}
      {session && <BoundEditor key={ticketId} {...session} user={user} editable={!readOnly} />}
    </div>
  );
}

function BoundEditor({ doc, provider, user, editable }: { doc: Y.Doc; provider: HocuspocusProvider; user: Props['user']; editable: boolean }) {
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: doc, field: 'default' }),
        CollaborationCaret.configure({ provider, user: { name: user.displayName, color: colorFor(user.id) } }),
      ],
      editable,
      editorProps: {
        attributes: { 'aria-label': 'Write-up', 'aria-multiline': 'true', role: 'textbox', class: 'writeup-content', 'aria-readonly': String(!editable) },
      },
    },
    [doc, provider],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} />;
}

const LABELS: Record<SaveState | 'readonly', string> = {
  connecting: 'Connecting…',
  saved: 'All changes saved',
  unsaved: 'Saving…',
  offline: 'Offline: changes will be saved when the connection returns',
  refused: 'The desk refused the connection. Sign in again to keep editing.',
  readonly: 'Read only',
};

function SaveIndicator({ state }: { state: SaveState | 'readonly' }) {
  return (
    <p className={`save-state save-${state}`} role="status" aria-live="polite" data-state={state}>
      {LABELS[state]}
    </p>
  );
}

import { useEffect, useRef } from 'react';
import { accessToken, refreshSession } from '../api/http';

export interface DeskEvent {
  type: string;
  data: Record<string, unknown>;
}

/**
 * Follows the newsroom's event stream (server-sent events). It is read with
 * fetch rather than EventSource so the access token travels in a header, not
 * in the address; it reconnects with back-off and resumes from the last id.
 */
export function useNewsroomEvents(slug: string, onEvent: (event: DeskEvent) => void, onStatus?: (live: boolean) => void): void {
  const handler = useRef(onEvent);
  const status = useRef(onStatus);
  handler.current = onEvent;
  status.current = onStatus;

  useEffect(() => {
    const abort = new AbortController();
    let lastId: string | undefined;
    let delay = 500;

    const run = async () => {
      while (!abort.signal.aborted) {
        try {
          const headers: Record<string, string> = { Accept: 'text/event-stream' };
          const token = accessToken();
          if (token) headers.Authorization = `Bearer ${token}`;
          if (lastId) headers['Last-Event-ID'] = lastId;
          const response = await fetch(`/api/newsrooms/${encodeURIComponent(slug)}/events`, { headers, signal: abort.signal, cache: 'no-store' });
          if (response.status === 401 && (await refreshSession())) continue;
          if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
          status.current?.(true);
          delay = 500;
          await readStream(response.body, (id, type, data) => {
            if (id) lastId = id;
            handler.current({ type, data });
          });
        } catch {
          if (abort.signal.aborted) return;
        }
        status.current?.(false);
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 15_000);
      }
    };
    void run();
    return () => abort.abort();
  }, [slug]);
}

async function readStream(body: ReadableStream<Uint8Array>, emit: (id: string | undefined, type: string, data: Record<string, unknown>) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let id: string | undefined;
      let type = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') id = text;
        else if (field === 'event') type = text;
        else if (field === 'data') data.push(text);
      }
      if (data.length === 0) continue;
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(data.join('\n')) as Record<string, unknown>;
      } catch {
        parsed = { text: data.join('\n') };
      }
      emit(id, typeof parsed.type === 'string' && type === 'message' ? parsed.type : type, parsed);
    }
  }
}

'use client';
// Fetches JSON from the API with loading and error states and a retry. An
// error keeps the server's own message ({error: {code, message}}) so that
// the page can say what failed.
import { useCallback, useEffect, useState } from 'react';

export interface ApiState<T> {
  data?: T;
  error?: string;
  loading: boolean;
  retry: () => void;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new Error(`the server did not answer (${(err as Error).message})`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}: the answer is not JSON`);
  }
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } }).error;
    throw new Error(`HTTP ${res.status}${e?.code ? ` ${e.code}` : ''}: ${e?.message ?? res.statusText}`);
  }
  return body as T;
}

/** GETs url (nothing while it is null); refetches when url changes or on retry. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ url: string | null; data?: T; error?: string }>({ url: null });
  useEffect(() => {
    if (!url) return;
    const ctl = new AbortController();
    getJson<T>(url, ctl.signal).then(
      (data) => setState({ url, data }),
      (err: Error) => {
        if (err.name !== 'AbortError') setState({ url, error: err.message });
      },
    );
    return () => ctl.abort();
  }, [url, attempt]);
  const retry = useCallback(() => {
    setState({ url: null });
    setAttempt((a) => a + 1);
  }, []);
  const current = state.url === url;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !!url && !current,
    retry,
  };
}

import { useEffect, useEffectEvent, useState } from 'react';
import type { AppErrorPayload, Result } from '#contract';

export type QueryState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: AppErrorPayload };

export type Query<T> = QueryState<T> & {
  /** The latest successful answer for any key: keeps counts and lists on screen while a new one loads. */
  last: T | undefined;
  reload: () => void;
};

interface Answer<T> {
  key: string;
  result: Result<T>;
}

/**
 * Asks the core whenever `key` changes, after `delayMs` without further changes, and shows only the
 * answer to the current key: a slow answer to an older input can never overwrite a newer one.
 * `key` must capture everything `run` sends; null means there is nothing to ask yet.
 */
export function useApiQuery<T>(key: string | null, run: () => Promise<Result<T>>, delayMs = 0): Query<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [last, setLast] = useState<T | undefined>(undefined);
  const [round, setRound] = useState(0);
  const ask = useEffectEvent(run);
  const fullKey = key === null ? null : `${round}|${key}`;

  useEffect(() => {
    if (fullKey === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void ask().then((result) => {
        if (cancelled) return;
        setAnswer({ key: fullKey, result });
        if (result.ok) setLast(result.value);
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [fullKey, delayMs]);

  const reload = (): void => setRound((n) => n + 1);
  if (fullKey === null) return { status: 'idle', last, reload };
  if (answer?.key !== fullKey) return { status: 'loading', last, reload };
  if (answer.result.ok) return { status: 'ok', value: answer.result.value, last, reload };
  return { status: 'error', error: answer.result.error, last, reload };
}

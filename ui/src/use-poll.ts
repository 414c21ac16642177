/** A value read again every `everyMs` while `live` (a hook): the page's way to stay current. */
import { useEffect, useState } from "react";

export interface Polled<T> {
  data: T | undefined;
  error: string | undefined;
}

export function usePoll<T>(read: () => Promise<T>, everyMs: number, deps: unknown[], live = true): Polled<T> {
  const [state, setState] = useState<Polled<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const data = await read();
        if (!stopped) setState({ data, error: undefined });
      } catch (err) {
        if (!stopped) setState((s) => ({ data: s.data, error: (err as Error).message }));
      }
      if (!stopped && live) timer = setTimeout(() => void tick(), everyMs);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [...deps, live]);
  return state;
}

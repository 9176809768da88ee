/** React hook: one simulator connection and session for a page, and the view folded from its messages. */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ClientMessageInput } from '../../sim/worker/protocol';
import { connectSimulator, type SimConnection } from './connection';
import { initialView, reduceView } from './session-view';

export interface SimSessionHandle {
  view: ReturnType<typeof reduceView>;
  /** The connection, once made (the terminal subscribes to it for output); null while connecting. */
  connection: SimConnection | null;
  send(message: ClientMessageInput): void;
}

/**
 * Connects on mount (backend, or the in-page worker when there is none) and closes on unmount. With
 * `keepAs`, the session survives a reload of the page in the same tab (SimConnection.keep).
 */
export function useSimSession(keepAs?: string): SimSessionHandle {
  const [view, dispatch] = useReducer(reduceView, initialView);
  const [connection, setConnection] = useState<SimConnection | null>(null);
  const ref = useRef<SimConnection | null>(null);

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    let unkeep = () => {};
    connectSimulator().then((made) => {
      if (cancelled) return made.close();
      ref.current = made;
      unsubscribe = made.subscribe(dispatch);
      if (keepAs) unkeep = made.keep(keepAs);
      setConnection(made);
    });
    return () => {
      cancelled = true;
      unsubscribe();
      unkeep();
      ref.current?.close();
      ref.current = null;
    };
  }, [keepAs]);

  const send = useCallback((message: ClientMessageInput) => ref.current?.send(message), []);
  return { view, connection, send };
}

'use client';

import { createContext, useContext, useEffect, useRef } from 'react';

type OnSocketConnected = (listener: () => void) => () => void;

/** The API client's onSocketConnected (lib/graphql/client.ts), provided by ApiClientProvider. */
export const SocketConnectedContext = createContext<OnSocketConnected | null>(null);

/**
 * How long after the socket connects a live view fetches its list again: the subscription's own frame
 * goes out right after the connection is acknowledged, and the list must be read after the API has it,
 * or an event between the two would be in neither.
 */
export const REFETCH_AFTER_CONNECT_MS = 250;

/**
 * Runs `refetch` shortly after each time the subscription socket connects: a list shown with a live
 * subscription fetches again what it may have missed before its subscription was active (at first, and
 * for as long as the socket was down).
 */
export function useRefetchOnSocketConnected(refetch: () => void): void {
  const onSocketConnected = useContext(SocketConnectedContext);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (!onSocketConnected) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const unsubscribe = onSocketConnected(() => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        latest.current();
      }, REFETCH_AFTER_CONNECT_MS);
      timers.add(timer);
    });
    return () => {
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [onSocketConnected]);
}

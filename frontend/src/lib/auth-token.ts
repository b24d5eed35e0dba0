import { useSyncExternalStore } from 'react';

// The bearer token lives outside React so the api-client can read it without hooks,
// and in sessionStorage so closing the browser logs out on shared office machines.
const KEY = 'klimanett.token';
type Stored = { token: string; expiresAt: number };

const listeners = new Set<() => void>();
let cached: Stored | null | undefined;

function read(): Stored | null {
  if (cached !== undefined) return cached;
  try {
    const raw = sessionStorage.getItem(KEY);
    cached = raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    cached = null;
  }
  return cached;
}

export function getToken(): string | null {
  const stored = read();
  if (!stored) return null;
  if (stored.expiresAt <= Date.now()) {
    clearToken();
    return null;
  }
  return stored.token;
}

export function setToken(token: string, expiresInSeconds: number): void {
  cached = { token, expiresAt: Date.now() + expiresInSeconds * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(cached));
  listeners.forEach((l) => l());
}

export function clearToken(): void {
  cached = null;
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, () => null);
}

// Read once and validated here so a misconfigured build fails loudly at start-up instead of
// producing requests to "undefined/api/v1".
function readApiBase(): string {
  const raw: unknown = import.meta.env.VITE_API_BASE_URL;
  if (raw === undefined || raw === '') return '/api/v1';
  if (typeof raw !== 'string' || !/^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(raw)) {
    throw new Error(`VITE_API_BASE_URL must be an absolute URL or a path, got ${String(raw)}`);
  }
  return raw.replace(/\/$/, '');
}

export const env = {
  apiBaseUrl: readApiBase(),
} as const;

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { server } from './server';

initI18n('en');
// Route chunks are imported lazily on first render; on a busy 2-core CI box that can exceed 1 s.
configure({ asyncUtilTimeout: 5000 });

// Any request without a handler fails the test: components may only talk to the API we mocked.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

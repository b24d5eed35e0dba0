import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createTestRouter } from '@/app/router';
import { clearToken, setToken } from '@/lib/auth-token';
import { createQueryClient } from '@/lib/query-client';
import { i18n } from '@/lib/i18n';

type Options = { user?: 'anonymous' | 'signed-in'; language?: string } & Omit<RenderOptions, 'wrapper'>;

function prepare({ user = 'signed-in', language = 'en' }: Options) {
  // The token is what makes the app consider the user signed in; /me (MSW) says who they are.
  if (user === 'signed-in') setToken('test-token', 3600);
  else clearToken();
  void i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  return queryClient;
}

/** Renders the real route tree at `path` with the real providers, answering HTTP through MSW. */
export function renderRoute(path: string, options: Options = {}) {
  const queryClient = prepare(options);
  const router = createTestRouter(path);
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
    options,
  );
  return { ...result, router, queryClient };
}

/** Renders a single component inside the same providers, for component-level tests. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const queryClient = prepare(options);
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  return {
    ...render(
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>,
      options,
    ),
    queryClient,
  };
}

export * from '@testing-library/react';

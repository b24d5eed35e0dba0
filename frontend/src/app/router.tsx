import type { ComponentType } from 'react';
import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router';
import { Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { RequireAuth } from './require-auth';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

// Each page is its own chunk: the public dashboard must not pay for the report form or admin.
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    // Shown while the first page's lazy chunk arrives.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <Navigate to={paths.networks()} replace /> },
      { path: 'networks', lazy: page(() => import('./routes/networks')) },
      { path: 'networks/:id', lazy: page(() => import('./routes/network-dashboard')) },
      { path: 'compare', lazy: page(() => import('./routes/compare')) },
      { path: 'organisations/:id', lazy: page(() => import('./routes/organisation')) },
      { path: 'login', lazy: page(() => import('./routes/login')) },
      { path: 'accessibility', lazy: page(() => import('./routes/accessibility')) },
      { path: 'privacy', lazy: page(() => import('./routes/privacy')) },
      { path: 'security', lazy: page(() => import('./routes/security')) },
      {
        element: <RequireAuth />,
        children: [
          { path: 'tasks', lazy: page(() => import('./routes/tasks')) },
          { path: 'review', lazy: page(() => import('./routes/review')) },
          { path: 'networks/:id/members', lazy: page(() => import('./routes/members')) },
          { path: 'organisations/:id/reports/:year', lazy: page(() => import('./routes/report')) },
          { path: 'admin/networks', lazy: page(() => import('./routes/admin/networks')) },
          { path: 'admin/users', lazy: page(() => import('./routes/admin/users')) },
          { path: 'admin/api-clients', lazy: page(() => import('./routes/admin/api-clients')) },
          { path: 'admin/factor-sets', lazy: page(() => import('./routes/admin/factor-sets')) },
          { path: 'admin/site-settings', lazy: page(() => import('./routes/admin/site-settings')) },
          { path: 'profile', lazy: page(() => import('./routes/profile')) },
        ],
      },
      { path: '*', lazy: page(() => import('./routes/not-found')) },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
export const createTestRouter = (initialPath: string) => createMemoryRouter(routes, { initialEntries: [initialPath] });

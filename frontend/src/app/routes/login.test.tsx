import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getToken } from '@/lib/auth-token';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderRoute, screen, waitFor } from '@/testing/test-utils';

describe('login', () => {
  it('posts the password grant form-encoded and goes to the page asked for', async () => {
    let body = '';
    server.use(
      http.post('*/api/v1/auth/token', async ({ request }) => {
        body = await request.text();
        return HttpResponse.json({ access_token: 'jwt', token_type: 'Bearer', expires_in: 3600 });
      }),
      http.get('*/api/v1/reports', () => HttpResponse.json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 })),
    );
    const { router } = renderRoute('/login?redirectTo=%2Ftasks', { user: 'anonymous' });
    await userEvent.type(await screen.findByLabelText('Email address'), 'reporter@demo.klimanett.no');
    await userEvent.type(screen.getByLabelText('Password'), 'klimanett-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks'));
    expect(new URLSearchParams(body).get('grant_type')).toBe('password');
    expect(new URLSearchParams(body).get('username')).toBe('reporter@demo.klimanett.no');
    expect(getToken()).toBe('jwt');
    expect(await screen.findByRole('heading', { name: 'My tasks' })).toBeInTheDocument();
  });

  it('says so when the credentials are wrong', async () => {
    server.use(http.post('*/api/v1/auth/token', () => problem(401, { title: 'Unauthorized' })));
    renderRoute('/login', { user: 'anonymous' });
    await userEvent.type(await screen.findByLabelText('Email address'), 'x@y.no');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email address or password.');
  });

  it('sends anonymous visitors of protected pages to the login', async () => {
    const { router } = renderRoute('/review', { user: 'anonymous' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?redirectTo=%2Freview');
  });
});

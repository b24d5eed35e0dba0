import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { api, ApiError } from './api-client';
import { setToken } from './auth-token';

describe('api-client', () => {
  it('sends the bearer token, If-Match and JSON, and returns data with the ETag', async () => {
    setToken('abc', 60);
    let seen: Request | undefined;
    server.use(
      http.put('*/api/v1/things/1', async ({ request }) => {
        seen = request.clone();
        return HttpResponse.json({ ok: true }, { headers: { ETag: '"v2"' } });
      }),
    );
    const res = await api.request<{ ok: boolean }>('/things/1', { method: 'PUT', body: { a: 1 }, ifMatch: '"v1"' });
    expect(res).toEqual({ data: { ok: true }, etag: '"v2"', status: 200 });
    expect(seen?.headers.get('Authorization')).toBe('Bearer abc');
    expect(seen?.headers.get('If-Match')).toBe('"v1"');
    expect(await seen?.json()).toEqual({ a: 1 });
  });

  it('turns problem+json into an ApiError with field errors grouped by field', async () => {
    server.use(
      http.post('*/api/v1/things', () =>
        problem(400, {
          type: 'https://klimanett.example/problems/validation',
          title: 'Validation failed',
          detail: '2 fields are invalid',
          errors: [
            { field: 'lines[0].quantity', message: 'must be positive' },
            { field: 'lines[0].quantity', message: 'too many decimals' },
            { field: 'year', message: 'must be 1990 or later' },
          ],
        }),
      ),
    );
    const error = await api.post('/things', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.type).toBe('https://klimanett.example/problems/validation');
    expect(e.detail).toBe('2 fields are invalid');
    expect(e.fieldErrors).toEqual({ 'lines[0].quantity': ['must be positive', 'too many decimals'], year: ['must be 1990 or later'] });
  });

  it('copes with errors that are not problem+json', async () => {
    server.use(http.get('*/api/v1/broken', () => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' })));
    const e = (await api.get('/broken').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.title).toBe('Bad Gateway');
    expect(e.fieldErrors).toEqual({});
  });

  it('marks 412 as a conflict and sends forms url-encoded', async () => {
    server.use(
      http.post('*/api/v1/auth/token', async ({ request }) => {
        expect(request.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
        expect(await request.text()).toBe('grant_type=password&username=a%40b.no&password=p+w');
        return problem(412, { title: 'Precondition Failed' });
      }),
    );
    const e = (await api.post('/auth/token', undefined, { form: { grant_type: 'password', username: 'a@b.no', password: 'p w' } }).catch((x: unknown) => x)) as ApiError;
    expect(e.isConflict).toBe(true);
  });
});

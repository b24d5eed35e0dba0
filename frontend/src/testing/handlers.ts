import { http, HttpResponse } from 'msw';
import { buildMe, buildNetwork, buildOrganisation, buildLikeForLike, buildProgress, buildStats, page } from './data';

// Default answers for the read endpoints every page touches; tests override with server.use().
const api = (path: string) => `*/api/v1${path}`;

export const problem = (status: number, body: Record<string, unknown>) =>
  HttpResponse.json({ type: 'about:blank', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

export const handlers = [
  http.get(api('/me'), () => HttpResponse.json(buildMe())),
  http.get(api('/networks'), () => HttpResponse.json(page([buildNetwork()]))),
  http.get(api('/networks/:id'), () => HttpResponse.json(buildNetwork())),
  http.get(api('/networks/:id/members'), () => HttpResponse.json(page([]))),
  http.get(api('/networks/:id/stats'), ({ request }) =>
    HttpResponse.json(buildStats(new URL(request.url).searchParams.get('scope2') === 'market' ? 'market' : 'location')),
  ),
  http.get(api('/networks/:id/stats/like-for-like'), ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json(buildLikeForLike(Number(q.get('from')), Number(q.get('to'))));
  }),
  http.get(api('/networks/:id/stats/progress'), () => HttpResponse.json(buildProgress())),
  http.get(api('/commitments'), () => HttpResponse.json(page([]))),
  http.get(api('/organisations/:id'), () => HttpResponse.json(buildOrganisation())),
  http.get(api('/organisations/:id/reports'), () => HttpResponse.json(page([]))),
  http.get(api('/emission-factor-sets'), () => HttpResponse.json(page([]))),
  http.get(api('/organisations/:id/reports/:year/history'), () => HttpResponse.json({ events: [], revisions: [] })),
  // No report filed yet is the common starting point.
  http.get(api('/organisations/:id/reports/:year'), () => problem(404, { title: 'Not Found' })),
];


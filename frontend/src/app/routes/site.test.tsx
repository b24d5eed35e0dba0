import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-schemas';
import { buildMe } from '@/testing/data';
import { server } from '@/testing/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

const settings = (over: Partial<Schemas['SiteSettingsView']> = {}): Schemas['SiteSettingsView'] => ({
  operatorName: 'Region Uppsala',
  country: 'SE',
  privacyContact: 'dataskydd@regionuppsala.se',
  accessibilityContact: 'https://regionuppsala.se/tillganglighet',
  securityContact: 'security@regionuppsala.se',
  securityTxtExpires: null,
  securityTxtExpiresEffective: '2027-11-30T12:00:00Z',
  updatedAt: '2026-12-01T12:00:00Z',
  ...over,
});

const serve = (view: Schemas['SiteSettingsView']) =>
  http.get('*/api/v1/site-settings', () => HttpResponse.json(view, { headers: { ETag: '"4"' } }));

describe('accessibility statement and privacy notice', () => {
  it('names the operator, its feedback contact and only its own national supervisor', async () => {
    server.use(serve(settings()));
    renderRoute('/accessibility', { user: 'anonymous' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
    expect(await screen.findByText(/Region Uppsala is committed to making Klimanett accessible, in accordance with the Swedish Act/)).toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'Feedback and contact information' });
    expect(within(feedback).getByRole('link', { name: 'https://regionuppsala.se/tillganglighet' })).toHaveAttribute('href', 'https://regionuppsala.se/tillganglighet');
    const enforcement = screen.getByRole('region', { name: 'Enforcement procedure' });
    expect(within(enforcement).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://www.digg.se/']);
    // reachable from the footer of the page itself
    const footer = screen.getByRole('navigation', { name: 'About this site' });
    expect(within(footer).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/accessibility');
    expect(within(footer).getByRole('link', { name: 'Privacy notice' })).toHaveAttribute('href', '/privacy');
  });

  it('says plainly what is not configured yet and lists every national supervisor', async () => {
    server.use(serve(settings({ operatorName: null, country: null, accessibilityContact: null })));
    renderRoute('/accessibility', { user: 'anonymous', language: 'nb' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeInTheDocument();
    expect(await screen.findByText(/^Virksomheten som driver nettstedet \(ikke satt opp ennå\) arbeider for/)).toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'Tilbakemelding og kontaktinformasjon' });
    expect(within(feedback).getByText(/Ikke satt opp ennå/)).toBeInTheDocument();
    const enforcement = screen.getByRole('region', { name: 'Klage og tilsyn' });
    expect(within(enforcement).getAllByRole('link')).toHaveLength(3);
  });

  it('gives the controller, a mail link to the privacy contact and the way to one’s own data', async () => {
    server.use(serve(settings()));
    renderRoute('/privacy', { user: 'anonymous' });

    const controller = await screen.findByRole('region', { name: 'Who is responsible' });
    expect(within(controller).getByText(/Region Uppsala runs this site/)).toBeInTheDocument();
    expect(within(controller).getByRole('link', { name: 'dataskydd@regionuppsala.se' })).toHaveAttribute('href', 'mailto:dataskydd@regionuppsala.se');
    expect(screen.getByRole('link', { name: 'Go to your profile' })).toHaveAttribute('href', '/profile');
  });
});

describe('site settings (administrators)', () => {
  it('saves with the ETag it read and shows the server’s field errors next to the fields', async () => {
    const sent: { body?: Schemas['SiteSettingsInput']; ifMatch?: string | null } = {};
    let attempts = 0;
    server.use(
      http.get('*/api/v1/me', () => HttpResponse.json(buildMe({ admin: true, grants: [{ role: 'ADMIN', networkId: null, organisationId: null }] }))),
      serve(settings()),
      http.put('*/api/v1/site-settings', async ({ request }) => {
        attempts++;
        sent.body = (await request.json()) as Schemas['SiteSettingsInput'];
        sent.ifMatch = request.headers.get('If-Match');
        if (attempts === 1) {
          return HttpResponse.json(
            { type: 'https://klimanett.no/problems/validation', title: 'The request is not valid', status: 400, errors: [{ field: 'securityContact', message: 'must be an e-mail address or an https:// URL' }] },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(settings({ securityContact: sent.body.securityContact ?? null, securityTxtExpiresEffective: '2027-12-01T00:00:00Z' }), { headers: { ETag: '"5"' } });
      }),
    );
    renderRoute('/admin/site-settings');

    const contact = await screen.findByLabelText('Contact for vulnerability reports');
    await userEvent.clear(contact);
    await userEvent.type(contact, 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(contact).toHaveAccessibleDescription(/must be an e-mail address or an https:\/\/ URL/));
    expect(sent.ifMatch).toBe('"4"');

    await userEvent.clear(contact);
    await userEvent.type(contact, 'https://regionuppsala.se/security');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The settings are saved.')).toBeInTheDocument();
    expect(sent.body).toMatchObject({ operatorName: 'Region Uppsala', country: 'SE', securityContact: 'https://regionuppsala.se/security' });
    expect(sent.body).not.toHaveProperty('securityTxtExpires');
  });
});

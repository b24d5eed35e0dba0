import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-schemas';
import { buildMe, buildOrganisation, ids } from '@/testing/data';
import { server } from '@/testing/server';
import { renderRoute, screen, waitFor } from '@/testing/test-utils';

const coordinator = () => http.get('*/api/v1/me', () => HttpResponse.json(buildMe({ grants: [{ role: 'COORDINATOR', networkId: ids.network }] })));

describe('members management', () => {
  it('catches a wrong check digit before calling the server, then adds a valid organisation as member', async () => {
    const posted: { org?: Schemas['OrganisationInput']; member?: Schemas['MembershipInput'] } = {};
    server.use(
      coordinator(),
      http.get('*/api/v1/organisations', () => HttpResponse.json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 })),
      http.post('*/api/v1/organisations', async ({ request }) => {
        posted.org = (await request.json()) as Schemas['OrganisationInput'];
        return HttpResponse.json(buildOrganisation({ id: '44444444-4444-4444-8444-444444444444', name: posted.org.name }), { status: 201 });
      }),
      http.post('*/api/v1/networks/:id/members', async ({ request }) => {
        posted.member = (await request.json()) as Schemas['MembershipInput'];
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    renderRoute(`/networks/${ids.network}/members`);

    await userEvent.type(await screen.findByLabelText('Organisation name'), 'Eksempel AS');
    const orgNumber = screen.getByLabelText('Organisation number');
    await userEvent.type(orgNumber, '123456784');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(orgNumber).toHaveAccessibleDescription(/The check digit does not match/);
    expect(posted.org).toBeUndefined();

    await userEvent.clear(orgNumber);
    await userEvent.type(orgNumber, '123 456 785');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Eksempel AS was added as a member.')).toBeInTheDocument();
    expect(posted.org).toMatchObject({ name: 'Eksempel AS', country: 'NO', orgNumber: '123456785' });
    await waitFor(() => expect(posted.member).toMatchObject({ organisationId: '44444444-4444-4444-8444-444444444444', role: 'PARTNER' }));
  });
});

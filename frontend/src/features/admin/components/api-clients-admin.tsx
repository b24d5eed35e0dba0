import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { ErrorMessage, Loading, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { useApiClients, useCreateApiClient } from '../api/api-clients';

type Option = { id: string; name: string };

// The scopes the backend knows (ClientScope); clients read only the networks granted to them.
const CLIENT_SCOPES = ['networks:read', 'stats:read'] as const;

export function ApiClientsAdmin({ networks }: { networks: Option[] }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const create = useCreateApiClient();
  const [clientId, setClientId] = useState('');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['networks:read', 'stats:read']);
  const [networkIds, setNetworkIds] = useState<string[]>([]);
  const fe = isApiError(create.error) ? create.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ clientId, name, scopes, networkIds }, { onSuccess: () => { setClientId(''); setName(''); setNetworkIds([]); } });
  };
  return (
    <>
      {clients.isPending ? <Loading /> : clients.isError ? <ErrorMessage error={clients.error} /> : (
        <DataTable
          caption={t('apiClients.caption')}
          rows={clients.data.items}
          rowKey={(c) => c.id}
          empty={t('apiClients.empty')}
          columns={[
            { key: 'name', header: t('apiClients.name'), rowHeader: true, cell: (c) => c.name },
            { key: 'id', header: t('apiClients.clientId'), cell: (c) => <code>{c.clientId}</code> },
            { key: 'scopes', header: t('apiClients.scopes'), cell: (c) => c.scopes.join(', ') },
            { key: 'nets', header: t('apiClients.networks'), cell: (c) => c.networkIds.map((id) => networks.find((n) => n.id === id)?.name ?? id).join(', ') || '—' },
          ]}
        />
      )}
      <Section title={t('apiClients.create')} id="create-client">
        <form onSubmit={submit}>
          <TextField label={t('apiClients.clientId')} hint={t('apiClients.clientIdHint')} required pattern="[a-zA-Z0-9_.\-]{3,80}" value={clientId} onChange={(e) => setClientId(e.target.value)} errors={fe.clientId} />
          <TextField label={t('apiClients.name')} required value={name} onChange={(e) => setName(e.target.value)} errors={fe.name} />
          <fieldset>
            <legend>{t('apiClients.scopes')}</legend>
            {CLIENT_SCOPES.map((s) => (
              <label key={s} className="checkbox">
                <input type="checkbox" checked={scopes.includes(s)} onChange={(e) => setScopes((all) => (e.target.checked ? [...all, s] : all.filter((x) => x !== s)))} /> {t(s === 'networks:read' ? 'apiClients.scopeNetworksRead' : 'apiClients.scopeStatsRead')}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('apiClients.networks')}</legend>
            {networks.map((n) => (
              <label key={n.id} className="checkbox">
                <input type="checkbox" checked={networkIds.includes(n.id)} onChange={(e) => setNetworkIds((ids) => (e.target.checked ? [...ids, n.id] : ids.filter((x) => x !== n.id)))} /> {n.name}
              </label>
            ))}
          </fieldset>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {t('apiClients.create')}
          </Button>
        </form>
        {create.isError ? <ErrorMessage error={create.error} /> : null}
        {create.data ? (
          <Notice tone="warning">
            <p>{t('apiClients.secretOnce')}</p>
            <p>
              <code>{create.data.clientId}</code> / <code>{create.data.clientSecret}</code>
            </p>
          </Notice>
        ) : null}
      </Section>
    </>
  );
}

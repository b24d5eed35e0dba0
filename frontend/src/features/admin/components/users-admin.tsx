import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { ErrorMessage, Loading, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { useCreateUser, useReplaceGrants, useUsers } from '../api/users';

type Option = { id: string; name: string };

export function UsersAdmin({ networks, organisations }: { networks: Option[]; organisations: Option[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const users = useUsers();
  const [selected, setSelected] = useState<string | null>(null);
  if (users.isPending) return <Loading />;
  if (users.isError) return <ErrorMessage error={users.error} />;
  const nameOf = (g: Schemas['Grant']) =>
    networks.find((n) => n.id === g.networkId)?.name ?? organisations.find((o) => o.id === g.organisationId)?.name ?? '';
  const user = users.data.items.find((u) => u.id === selected);
  return (
    <>
      <DataTable
        caption={t('users.caption')}
        rows={users.data.items}
        rowKey={(u) => u.id}
        columns={[
          { key: 'name', header: t('users.displayName'), rowHeader: true, cell: (u) => u.displayName },
          { key: 'email', header: t('users.email'), cell: (u) => u.email },
          { key: 'admin', header: t('users.admin'), cell: (u) => (u.grants.some((g) => g.role === 'ADMIN') ? t('common:yes') : t('common:no')) },
          { key: 'active', header: t('users.active'), cell: (u) => (u.active ? t('common:yes') : t('common:no')) },
          { key: 'grants', header: t('users.grants'), cell: (u) => u.grants.map((g) => `${t(`common:role.${g.role}`)} ${nameOf(g)}`).join(', ') || '—' },
          { key: 'edit', header: t('users.actions'), cell: (u) => <Button onClick={() => setSelected(u.id)} aria-label={t('users.editGrantsFor', { name: u.displayName })}>{t('users.editGrants')}</Button> },
        ]}
      />
      {user ? <GrantEditor key={user.id} user={user} networks={networks} organisations={organisations} /> : null}
      <Section title={t('users.create')} id="create-user">
        <CreateUserForm />
      </Section>
    </>
  );
}

function GrantEditor({ user, networks, organisations }: { user: Schemas['UserView']; networks: Option[]; organisations: Option[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const [grants, setGrants] = useState<Schemas['Grant'][]>(user.grants);
  const [role, setRole] = useState<Schemas['Role']>('REPORTER');
  const [target, setTarget] = useState('');
  const replace = useReplaceGrants();
  const targets = role === 'REPORTER' ? organisations : networks;
  const add = () => {
    if (!target) return;
    setGrants((g) => [...g, role === 'REPORTER' ? { role, organisationId: target } : { role, networkId: target }]);
  };
  return (
    <Section title={t('users.grantsFor', { name: user.displayName })} id="grants">
      <ul>
        {grants.map((g, i) => (
          <li key={`${g.role}-${g.networkId ?? g.organisationId ?? i}`}>
            {t(`common:role.${g.role}`)} {networks.find((n) => n.id === g.networkId)?.name ?? organisations.find((o) => o.id === g.organisationId)?.name ?? ''}{' '}
            <Button variant="link" onClick={() => setGrants((all) => all.filter((_, j) => j !== i))}>
              {t('users.removeGrant')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <SelectField label={t('users.role')} value={role} onChange={(e) => { setRole(e.target.value as Schemas['Role']); setTarget(''); }}>
          {(['COORDINATOR', 'VIEWER', 'REPORTER'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={role === 'REPORTER' ? t('users.organisation') : t('users.network')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('users.choose')}</option>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </SelectField>
        <Button onClick={add}>{t('users.addGrant')}</Button>
      </div>
      <Button variant="primary" disabled={replace.isPending} onClick={() => replace.mutate({ userId: user.id, grants })}>
        {t('users.saveGrants')}
      </Button>
      {replace.isError ? <ErrorMessage error={replace.error} /> : null}
      {replace.isSuccess ? <Notice tone="success">{t('saved')}</Notice> : null}
    </Section>
  );
}

function CreateUserForm() {
  const { t } = useTranslation(['admin', 'common']);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const create = useCreateUser();
  const fe = isApiError(create.error) ? create.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ email, displayName, password }, { onSuccess: () => { setEmail(''); setDisplayName(''); setPassword(''); } });
  };
  return (
    <form onSubmit={submit} className="grid-2">
      <TextField label={t('users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.target.value)} errors={fe.displayName} />
      <TextField label={t('users.email')} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} errors={fe.email} />
      <TextField label={t('users.initialPassword')} hint={t('users.passwordHint')} type="password" autoComplete="new-password" required minLength={12} maxLength={72} value={password} onChange={(e) => setPassword(e.target.value)} errors={fe.password} />
      <div>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {t('users.create')}
        </Button>
      </div>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
    </form>
  );
}

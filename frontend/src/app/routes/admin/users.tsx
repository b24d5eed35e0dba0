import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { Loading } from '@/components/ui/status';
import { UsersAdmin } from '@/features/admin/components/users-admin';
import { useNetworks } from '@/features/networks/api/get-networks';
import { useOrganisations } from '@/features/organisations/api/get-organisations';

export default function AdminUsersPage() {
  const { t } = useTranslation('admin');
  const networks = useNetworks();
  const organisations = useOrganisations();
  return (
    <>
      <PageHeader title={t('users.title')} />
      {networks.isPending || organisations.isPending ? (
        <Loading />
      ) : (
        <UsersAdmin
          networks={(networks.data?.items ?? []).map((n) => ({ id: n.id, name: n.name }))}
          organisations={(organisations.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }))}
        />
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { ApiClientsAdmin } from '@/features/admin/components/api-clients-admin';
import { useNetworks } from '@/features/networks/api/get-networks';

export default function AdminApiClientsPage() {
  const { t } = useTranslation('admin');
  const networks = useNetworks();
  return (
    <>
      <PageHeader title={t('apiClients.title')} />
      <ApiClientsAdmin networks={(networks.data?.items ?? []).map((n) => ({ id: n.id, name: n.name }))} />
    </>
  );
}

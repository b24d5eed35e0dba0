import { useTranslation } from 'react-i18next';
import { PageHeader, Section } from '@/components/ui/page';
import { CreateNetworkForm } from '@/features/admin/components/create-network-form';
import { NetworkList } from '@/features/networks/components/network-list';

export default function AdminNetworksPage() {
  const { t } = useTranslation('admin');
  return (
    <>
      <PageHeader title={t('networks.title')} />
      <NetworkList />
      <Section title={t('networks.create')} id="create-network">
        <CreateNetworkForm />
      </Section>
    </>
  );
}

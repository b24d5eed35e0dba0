import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { NetworkList } from '@/features/networks/components/network-list';

export default function NetworksPage() {
  const { t } = useTranslation('networks');
  return (
    <>
      <PageHeader title={t('list.title')}>
        <p>{t('list.intro')}</p>
      </PageHeader>
      <NetworkList />
    </>
  );
}

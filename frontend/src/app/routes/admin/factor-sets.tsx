import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { FactorSetsAdmin } from '@/features/admin/components/factor-sets-admin';

export default function AdminFactorSetsPage() {
  const { t } = useTranslation('admin');
  return (
    <>
      <PageHeader title={t('factorSets.title')} />
      <FactorSetsAdmin />
    </>
  );
}

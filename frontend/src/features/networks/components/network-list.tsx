import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { DemoBadge, ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { useNetworks } from '../api/get-networks';

export function NetworkList() {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const networks = useNetworks();
  if (networks.isPending) return <Loading />;
  if (networks.isError) return <ErrorMessage error={networks.error} />;
  return (
    <DataTable
      caption={t('list.caption')}
      rows={networks.data.items}
      rowKey={(n) => n.id}
      empty={t('list.empty')}
      columns={[
        {
          key: 'name',
          header: t('fields.name'),
          rowHeader: true,
          cell: (n) => (
            <>
              <Link to={paths.network(n.id)}>{n.name}</Link> {n.demo ? <DemoBadge /> : null}
            </>
          ),
        },
        { key: 'country', header: t('fields.country'), cell: (n) => t(`common:countries.${n.country}`, { defaultValue: n.country }) },
        { key: 'region', header: t('fields.region'), cell: (n) => n.region ?? '—' },
        { key: 'founded', header: t('fields.foundedOn'), cell: (n) => fmt.date(n.foundedOn) },
      ]}
    />
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { useMembers, type Membership } from '../api/get-members';

/**
 * Members of a network. The membership API carries no report status, so a page that may read
 * the members' reports passes `reportStatus` (from the reports feature); `actions` adds controls.
 */
export function MemberList({ networkId, actions, reportStatus }: { networkId: string; actions?: (m: Membership) => ReactNode; reportStatus?: (m: Membership) => ReactNode }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  const members = useMembers(networkId);
  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorMessage error={members.error} />;
  const rows = [...members.data.items].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, fmt.locale));
  return (
    <DataTable
      caption={t('members.caption', { count: rows.length })}
      rows={rows}
      rowKey={(m) => m.id}
      empty={t('members.empty')}
      columns={[
        { key: 'name', header: t('members.organisation'), rowHeader: true, cell: (m) => <Link to={paths.organisation(m.organisation.id)}>{m.organisation.name}</Link> },
        { key: 'role', header: t('members.role'), cell: (m) => t(`common:membershipRole.${m.role}`) },
        { key: 'sector', header: t('members.sector'), cell: (m) => (m.organisation.sector ? t(`common:sector.${m.organisation.sector}`) : '—') },
        { key: 'joined', header: t('members.joinedOn'), cell: (m) => fmt.date(m.joinedOn) },
        { key: 'left', header: t('members.leftOn'), cell: (m) => (m.leftOn ? fmt.date(m.leftOn) : '—') },
        ...(reportStatus ? [{ key: 'status', header: t('members.reportStatus'), cell: reportStatus }] : []),
        ...(actions ? [{ key: 'actions', header: t('members.actions'), cell: actions }] : []),
      ]}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useOrganisationReports } from '../api/get-organisation-reports';

/**
 * The newest report an organisation has that the caller may see (coordinators and viewers see
 * submitted and approved ones; drafts stay with the reporters).
 */
export function LatestReportStatus({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['reports', 'common']);
  const reports = useOrganisationReports(orgId);
  if (reports.isPending) return <span className="muted">…</span>;
  if (reports.isError) return <span>{t('memberStatus.unknown')}</span>;
  const latest = reports.data.items.reduce<(typeof reports.data.items)[number] | undefined>((a, r) => (!a || r.year > a.year ? r : a), undefined);
  if (!latest) return <span>{t('memberStatus.none')}</span>;
  return <span>{t('memberStatus.latest', { year: latest.year, status: t(`common:reportStatus.${latest.status}`) })}</span>;
}

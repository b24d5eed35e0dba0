import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, Section } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { canCoordinate, canSeeMemberReports, useMe } from '@/features/auth/api/get-me';
import { CommitmentList } from '@/features/commitments/components/commitment-list';
import { useNetwork } from '@/features/networks/api/get-network';
import { MemberList } from '@/features/networks/components/member-list';
import { NetworkSummary } from '@/features/networks/components/network-summary';
import { LatestReportStatus } from '@/features/reports/components/latest-report-status';
import { useNetworkStats } from '@/features/stats/api/get-network-stats';
import { CoverageChart, LikeForLikeChart, ProgressTable, TotalsChart } from '@/features/stats/components/network-charts';
import { StatsCsvButton } from '@/features/stats/components/stats-csv-button';
import { useFormat } from '@/lib/format';

export default function NetworkDashboardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const fmt = useFormat();
  const network = useNetwork(id);
  const stats = useNetworkStats(id);
  const me = useMe();

  if (network.isPending) return <Loading />;
  if (network.isError) return <ErrorMessage error={network.error} />;
  const n = network.data;
  const slug = n.slug || n.id;

  return (
    <>
      <PageHeader title={n.name}>
        <NetworkSummary network={n} />
        {canCoordinate(me.data, n.id) ? <Link to={paths.members(n.id)}>{t('dashboard.manageMembers')}</Link> : null}
      </PageHeader>

      <Section title={t('dashboard.figures')} id="figures">
        {stats.isPending ? (
          <Loading />
        ) : stats.isError ? (
          <ErrorMessage error={stats.error} />
        ) : stats.data.years.length === 0 ? (
          <p>{t('charts.noData')}</p>
        ) : (
          <>
            {stats.data.asOf ? <p className="muted">{t('dashboard.asOf', { time: fmt.dateTime(stats.data.asOf) })}</p> : null}
            <p className="muted">{t('dashboard.scope3Note')}</p>
            <StatsCsvButton networkId={n.id} filename={`${slug}-figures.csv`} />
            <TotalsChart stats={stats.data} slug={slug} />
            <LikeForLikeChart stats={stats.data} slug={slug} />
            <CoverageChart stats={stats.data} slug={slug} />
          </>
        )}
      </Section>

      <Section title={t('dashboard.commitments')} id="commitments">
        {stats.data && stats.data.progress.length > 0 ? <ProgressTable stats={stats.data} /> : null}
        <CommitmentList params={{ networkId: n.id }} caption={t('commitments.caption')} />
      </Section>

      <Section title={t('dashboard.members')} id="members">
        <MemberList
          networkId={n.id}
          reportStatus={canSeeMemberReports(me.data, n.id) ? (m) => <LatestReportStatus orgId={m.organisation.id} /> : undefined}
        />
      </Section>
    </>
  );
}

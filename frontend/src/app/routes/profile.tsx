import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, Section } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { useMe, type Me } from '@/features/auth/api/get-me';
import { useNetworks } from '@/features/networks/api/get-networks';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { MyDataDownload } from '@/features/site/components/my-data-download';

type Grant = Me['grants'][number];

function ReporterGrant({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('site');
  const organisation = useOrganisation(organisationId);
  return <>{t('roles.REPORTER', { scope: organisation.data?.name ?? organisationId })}</>;
}

function GrantText({ grant, networkNames }: { grant: Grant; networkNames: Map<string, string> }) {
  const { t } = useTranslation('site');
  if (grant.role === 'ADMIN') return <>{t('roles.ADMIN')}</>;
  if (grant.organisationId) return <ReporterGrant organisationId={grant.organisationId} />;
  const scope = grant.networkId ? (networkNames.get(grant.networkId) ?? grant.networkId) : '';
  return <>{t(`roles.${grant.role}`, { scope })}</>;
}

export default function ProfilePage() {
  const { t } = useTranslation('site');
  const me = useMe();
  const networks = useNetworks({ size: 100 });
  const networkNames = new Map((networks.data?.items ?? []).map((n) => [n.id, n.name]));
  const user = me.data;
  return (
    <>
      <PageHeader title={t('profile.title')} />
      {me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <ErrorMessage error={me.error} />
      ) : user?.kind === 'CLIENT' ? (
        <p>{t('profile.clientNoData')}</p>
      ) : (
        <>
          <dl>
            <dt>{t('profile.name')}</dt>
            <dd>{user?.displayName}</dd>
            <dt>{t('profile.email')}</dt>
            <dd>{user?.email}</dd>
            <dt>{t('profile.roles')}</dt>
            <dd>
              {user && user.grants.length > 0 ? (
                <ul>
                  {user.grants.map((g) => (
                    <li key={`${g.role}-${g.networkId ?? ''}-${g.organisationId ?? ''}`}>
                      <GrantText grant={g} networkNames={networkNames} />
                    </li>
                  ))}
                </ul>
              ) : (
                t('profile.noRoles')
              )}
            </dd>
          </dl>
          <Section title={t('profile.dataTitle')} id="my-data">
            <MyDataDownload />
            <p>
              <Link to={paths.privacy()}>{t('profile.privacyLink')}</Link>
            </p>
          </Section>
        </>
      )}
    </>
  );
}

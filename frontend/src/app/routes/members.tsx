import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { PageHeader, Section } from '@/components/ui/page';
import { ErrorMessage, Loading, Notice } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { canSeeMemberReports, useMe } from '@/features/auth/api/get-me';
import { useAddMember } from '@/features/networks/api/add-member';
import { useNetwork } from '@/features/networks/api/get-network';
import { MemberList } from '@/features/networks/components/member-list';
import { emptyMembership, MembershipFields, toMembershipInput } from '@/features/networks/components/membership-fields';
import { RecordLeaving } from '@/features/networks/components/record-leaving';
import { useCreateOrganisation } from '@/features/organisations/api/create-organisation';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { LatestReportStatus } from '@/features/reports/components/latest-report-status';
import { emptyOrganisation, OrganisationFields, orgNumberProblem, toOrganisationInput } from '@/features/organisations/components/organisation-fields';
import { isApiError } from '@/lib/api-client';

/** Adding a member is two calls (organisation, then membership); this page composes both features. */
export default function MembersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const network = useNetwork(id);
  const me = useMe();
  const createOrg = useCreateOrganisation();
  const addMember = useAddMember();
  const [org, setOrg] = useState(() => emptyOrganisation());
  const [membership, setMembership] = useState(emptyMembership);
  const [checkOrgNumber, setCheckOrgNumber] = useState(false);
  const [createdOrgId, setCreatedOrgId] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // An organisation can belong to several networks: pick it if it already exists.
  const [existingId, setExistingId] = useState('');
  const organisations = useOrganisations();

  if (network.isPending) return <Loading />;
  if (network.isError) return <ErrorMessage error={network.error} />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    const existing = organisations.data?.items.find((o) => o.id === existingId);
    if (!existing) {
      setCheckOrgNumber(true);
      if (orgNumberProblem(org) || org.name.trim() === '') return;
    }
    try {
      // If the membership step failed earlier, do not create the organisation a second time.
      const orgId = existing?.id ?? createdOrgId ?? (await createOrg.mutateAsync(toOrganisationInput(org))).id;
      if (!existing) setCreatedOrgId(orgId);
      await addMember.mutateAsync({ networkId: id, input: toMembershipInput(orgId, membership) });
      setAdded(existing?.name ?? org.name);
      setExistingId('');
      setOrg(emptyOrganisation(org.country));
      setMembership(emptyMembership());
      setCheckOrgNumber(false);
      setCreatedOrgId(null);
    } catch {
      // errors are rendered from the mutations below
    }
  };
  const orgErrors = isApiError(createOrg.error) ? createOrg.error.fieldErrors : {};
  const memberErrors = isApiError(addMember.error) ? addMember.error.fieldErrors : {};

  return (
    <>
      <PageHeader title={t('membersPage.title', { name: network.data.name })}>
        <Link to={paths.network(id)}>{t('membersPage.back')}</Link>
      </PageHeader>
      <Section title={t('dashboard.members')} id="members">
        <MemberList
          networkId={id}
          actions={(m) => <RecordLeaving membership={m} />}
          reportStatus={canSeeMemberReports(me.data, id) ? (m) => <LatestReportStatus orgId={m.organisation.id} /> : undefined}
        />
      </Section>
      <Section title={t('addMember.title')} id="add-member">
        {added ? <Notice tone="success">{t('addMember.added', { name: added })}</Notice> : null}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <SelectField label={t('addMember.existing')} value={existingId} onChange={(e) => setExistingId(e.target.value)}>
            <option value="">{t('addMember.newOrganisation')}</option>
            {[...(organisations.data?.items ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </SelectField>
          {existingId === '' ? (
            <div onBlur={() => setCheckOrgNumber(true)}>
              <OrganisationFields value={org} onChange={setOrg} errors={orgErrors} showOrgNumberCheck={checkOrgNumber} />
            </div>
          ) : null}
          <MembershipFields value={membership} onChange={setMembership} errors={memberErrors} />
          {createOrg.isError ? <ErrorMessage error={createOrg.error} /> : null}
          {addMember.isError ? <ErrorMessage error={addMember.error} /> : null}
          <Button type="submit" variant="primary" disabled={createOrg.isPending || addMember.isPending}>
            {t('addMember.submit')}
          </Button>
        </form>
      </Section>
    </>
  );
}

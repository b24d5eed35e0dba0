import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { hasRole, useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/login';

export function RootLayout() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('site');
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const first = useRef(true);

  // Move focus to <main> after client-side navigation so keyboard and screen-reader users
  // start at the new content, as they would after a full page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
    // oxlint-disable-next-line react/exhaustive-deps -- the path change is the trigger, not an input
  }, [location.pathname]);

  const user = me.data;
  const nav: NavItem[] = [
    { to: paths.networks(), label: t('nav.networks') },
    { to: paths.compare(), label: t('nav.compare') },
  ];
  if (user) nav.push({ to: paths.tasks(), label: t('nav.tasks') });
  if (hasRole(user, 'COORDINATOR')) nav.push({ to: paths.review(), label: t('nav.review') });
  if (user?.admin) {
    nav.push({ to: paths.adminNetworks(), label: t('nav.adminNetworks') });
    nav.push({ to: paths.adminUsers(), label: t('nav.adminUsers') });
    nav.push({ to: paths.adminApiClients(), label: t('nav.adminApiClients') });
    nav.push({ to: paths.adminFactorSets(), label: t('nav.adminFactorSets') });
    nav.push({ to: paths.adminSiteSettings(), label: ts('nav.adminSite') });
  }

  const account = user ? (
    <div className="account">
      <Link to={paths.profile()} aria-label={`${t('nav.signedInAs', { name: user.displayName ?? user.email ?? '' })} – ${ts('nav.profile')}`}>
        {t('nav.signedInAs', { name: user.displayName ?? user.email ?? '' })}
      </Link>
      <Button
        onClick={() => {
          logout();
          void navigate(paths.networks());
        }}
      >
        {t('nav.logout')}
      </Button>
    </div>
  ) : (
    <Link to={paths.login()} className="btn btn-secondary">
      {t('nav.login')}
    </Link>
  );

  return (
    <AppLayout nav={nav} account={account}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { LanguageSwitcher } from './language-switcher';

export type NavItem = { to: string; label: string };

/** The page frame: skip link, banner with navigation, one <main>, footer. */
export function AppLayout({ nav, account, children }: { nav: readonly NavItem[]; account: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('site');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a href="/" className="brand">
            Klimanett
          </a>
          <nav aria-label={t('nav.main')}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitcher />
            {account}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        {/* on every page, so the statements the law requires are one Tab sequence away wherever a reader is */}
        <nav aria-label={ts('footer.label')}>
          <ul className="footer-links">
            <li>
              <Link to={paths.accessibility()}>{ts('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to={paths.privacy()}>{ts('footer.privacy')}</Link>
            </li>
            <li>
              <Link to={paths.security()}>{ts('footer.security')}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}

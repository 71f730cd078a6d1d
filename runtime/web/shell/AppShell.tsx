/**
 * The frame of every screen of every app: a skip link, the header (product, app, language, session), the main
 * region that each route fills, and the footer. Landmarks are real elements (header, main, footer).
 */
import { Layout, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PortalNav } from '../portal/dossiers/PortalNav.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserArea } from './UserArea.tsx';

export type AppName = 'portal' | 'designer';

export function AppShell({ app }: { app: AppName }) {
  const { t } = useTranslation();
  const appTitle = t(`apps.${app}`);
  useEffect(() => {
    document.title = `${t('product')} — ${appTitle}`;
  }, [t, appTitle]);
  // After moving to another screen, a screen reader starts reading at its content, not at the old focus.
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.getElementById('main')?.focus();
  }, [pathname]);
  return (
    <Layout className="mc-layout">
      <a className="mc-skip" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header className="mc-header">
        <Link to="/" className="mc-brand">
          <span className="mc-brand-product">{t('product')}</span>
          <span className="mc-brand-app">{appTitle}</span>
        </Link>
        {app === 'portal' && <PortalNav />}
        <LanguageSwitch />
        <UserArea />
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="mc-main">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="mc-footer">
        <Typography.Text type="secondary">
          {t('product')} · {t('footer')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}

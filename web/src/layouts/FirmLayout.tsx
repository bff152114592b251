import { Grid, Layout, Menu } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { RequireRole } from '../components/RequireRole';
import { useI18n } from '../lib/i18n';

/** The firm's workspace: a side menu on a desktop, a row of tabs on a phone. */
export function FirmLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const items = [
    { key: '/firm', label: <Link to="/firm">{t('firm.nav.home')}</Link> },
    { key: '/firm/matches', label: <Link to="/firm/matches">{t('firm.nav.matches')}</Link> },
    { key: '/firm/demands', label: <Link to="/firm/demands">{t('firm.nav.demands')}</Link> },
    { key: '/firm/profile', label: <Link to="/firm/profile">{t('firm.nav.profile')}</Link> },
  ];
  const selected = items.map((i) => i.key).filter((k) => location.pathname === k || (k !== '/firm' && location.pathname.startsWith(k)));
  // No overflow menu on a phone: its hidden measuring copies stay focusable; the row scrolls instead.
  const menu = (mode: 'inline' | 'horizontal') => <Menu mode={mode} selectedKeys={selected} items={items} disabledOverflow />;
  return (
    <RequireRole role="FIRM">
      <Layout className="pc-workspace">
        {screens.md ? (
          <Layout.Sider width={200} theme="light" className="no-print">
            <nav aria-label={t('firm.nav.label')}>{menu('inline')}</nav>
          </Layout.Sider>
        ) : (
          <nav aria-label={t('firm.nav.label')} className="no-print pc-tabs">{menu('horizontal')}</nav>
        )}
        <Layout.Content className="pc-page">
          <Outlet />
        </Layout.Content>
      </Layout>
    </RequireRole>
  );
}

import { BankOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useI18n } from '../lib/i18n';
import { homeOf, useSession } from '../lib/session';

/** The frame of every page: the zone's name, the main sections, the language and the session. */
export function AppLayout() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const section = location.pathname === '/' || location.pathname.startsWith('/products') ? '/' : '/' + (location.pathname.split('/')[1] ?? '');
  const items = [
    { key: '/', label: <Link to="/">{t('nav.catalogue')}</Link> },
    { key: '/handbook', label: <Link to="/handbook">{t('nav.handbook')}</Link> },
    ...(session ? [{ key: homeOf(session.role), label: <Link to={homeOf(session.role)}>{t(session.role === 'FIRM' ? 'nav.firm' : 'nav.myHome')}</Link> }] : []),
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="pc-header no-print">
        <Link to="/" className="pc-brand">
          <BankOutlined aria-hidden />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="pc-nav">
          <Menu mode="horizontal" theme="dark" selectedKeys={[section]} items={items} disabledOverflow />
        </nav>
        <Space className="pc-session" wrap size="small">
          <LanguageSwitch />
          {session ? (
            <>
              <Typography.Text className="pc-user" ellipsis>{session.firmName ?? session.bankName ?? session.displayName}</Typography.Text>
              <Button size="small" icon={<LogoutOutlined />} onClick={() => { signOut(); navigate('/login?signedOut=1', { replace: true }); }}>
                {t('action.signOut')}
              </Button>
            </>
          ) : (
            <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
              <Button size="small" type="primary" icon={<LoginOutlined />}>{t('action.signIn')}</Button>
            </Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content className="pc-content">
        <main id="main">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="pc-footer no-print">
        <div>{t('app.footer')}</div>
        <a href="/explorer">{t('nav.explorer')}</a>
      </Layout.Footer>
    </Layout>
  );
}

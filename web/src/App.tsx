import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './layouts/AppLayout';
import { FirmLayout } from './layouts/FirmLayout';
import { GraphQLProvider } from './lib/client';
import { I18nProvider, useI18n } from './lib/i18n';
import { SessionProvider } from './lib/session';
import { CataloguePage } from './pages/Catalogue/CataloguePage';
import { DemandsPage } from './pages/Firm/Demands/DemandsPage';
import { FirmHomePage } from './pages/Firm/Home/FirmHomePage';
import { MatchesPage } from './pages/Firm/Matches/MatchesPage';
import { ProfilePage } from './pages/Firm/Profile/ProfilePage';
import { HandbookPage } from './pages/Handbook/HandbookPage';
import { LoginPage } from './pages/Login/LoginPage';
import { ProductPage } from './pages/Product/ProductPage';
import { StaffHomePage } from './pages/Staff/StaffHomePage';
import { Result } from 'antd';
import { Link } from 'react-router';

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('error.pageNotFound')} extra={<Link to="/">{t('nav.catalogue')}</Link>} />;
}

function Themed() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCNAntd : enUSAntd} theme={{ token: { colorPrimary: '#1d4ed8', colorInfo: '#1d4ed8', colorLink: '#1d4ed8', colorTextSecondary: '#595959', colorTextTertiary: '#595959', colorTextDescription: '#595959', colorTextPlaceholder: '#6b6b6b', colorError: '#c41d1d', colorWarning: '#ad4e00', colorSuccess: '#237804', fontFamily: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif' } }}>
      <AntApp>
        <SessionProvider>
          <GraphQLProvider>
            <BrowserRouter>
              <Routes>
                <Route element={<AppLayout />}>
                  <Route index element={<CataloguePage />} />
                  <Route path="products/:id" element={<ProductPage />} />
                  <Route path="handbook" element={<HandbookPage />} />
                  <Route path="login" element={<LoginPage />} />
                  <Route path="firm" element={<FirmLayout />}>
                    <Route index element={<FirmHomePage />} />
                    <Route path="matches" element={<MatchesPage />} />
                    <Route path="demands" element={<DemandsPage />} />
                    <Route path="profile" element={<ProfilePage />} />
                  </Route>
                  <Route path="bank" element={<StaffHomePage role="BANK" />} />
                  <Route path="office" element={<StaffHomePage role="FINANCE_OFFICE" />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </GraphQLProvider>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}

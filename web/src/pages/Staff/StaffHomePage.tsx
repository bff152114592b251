import { Result } from 'antd';
import { Link } from 'react-router';
import { RequireRole } from '../../components/RequireRole';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/** The bank's and the finance office's homes: their pages are the next part of the console. */
export function StaffHomePage({ role }: { role: Role }) {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <RequireRole role={role}>
      <Result
        status="info"
        title={t('staff.welcome', { name: session?.bankName ?? session?.displayName ?? '' })}
        subTitle={t('staff.comingSoon')}
        extra={
          <>
            <Link to="/">{t('nav.catalogue')}</Link> · <a href="/explorer">{t('nav.explorer')}</a>
          </>
        }
      />
    </RequireRole>
  );
}

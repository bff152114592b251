import { Alert, Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/**
 * Loading, failed or loaded: a page's query never leaves it blank. A failure says what happened
 * in the reader's language and offers a retry.
 */
export function QueryState<T>({ fetching, error, data, retry, children }: { fetching: boolean; error?: CombinedError; data: T | undefined; retry: () => void; children: (data: T) => ReactNode }) {
  const { t, lang } = useI18n();
  if (data !== undefined && data !== null) {
    return (
      <>
        {error && <Alert type="warning" showIcon title={describeError(error, lang, t('error.network')).message} action={<Button size="small" onClick={retry}>{t('action.retry')}</Button>} style={{ marginBottom: 16 }} />}
        {children(data)}
      </>
    );
  }
  if (error) {
    const problem = describeError(error, lang, t('error.network'));
    const notFound = problem.code === 'NOT_FOUND';
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('error.notFound') : t('error.loadFailed')}
        subTitle={problem.message}
        extra={!notFound && <Button type="primary" onClick={retry}>{t('action.retry')}</Button>}
      />
    );
  }
  return <Skeleton active paragraph={{ rows: 6 }} aria-busy={fetching} />;
}

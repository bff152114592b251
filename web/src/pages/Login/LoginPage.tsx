import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError, showProblems } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { homeOf, useSession } from '../../lib/session';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        role
        displayName
        firm {
          id
          name
        }
        bank {
          id
          shortName
        }
      }
    }
  }
`);

/** Only a path of this console: never an outside address handed in through ?next=. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export function LoginPage() {
  const { t, lang } = useI18n();
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [, login] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  if (session && !busy) return <Navigate replace to={next ?? homeOf(session.role)} />;

  const submit = async (values: { username: string; password: string }) => {
    setFailure(null);
    setBusy(true);
    const result = await login(values);
    setBusy(false);
    if (result.error || !result.data) {
      const problem = describeError(result.error!, lang, t('error.network'));
      const rest = showProblems(form, problem.problems, lang, ['username', 'password']);
      setFailure(rest.length || !problem.problems.length ? problem.message : null);
      return;
    }
    const { token, expiresAt, user } = result.data.login;
    signIn({ token, expiresAt, role: user.role, displayName: user.displayName, firmId: user.firm?.id ?? null, firmName: user.firm?.name ?? null, bankId: user.bank?.id ?? null, bankName: user.bank?.shortName ?? null });
    navigate(next ?? homeOf(user.role), { replace: true });
  };

  return (
    <div className="pc-login">
      <Card>
        <Typography.Title level={2}>{t('login.title')}</Typography.Title>
        {params.get('expired') && <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />}
        {params.get('signedOut') && <Alert type="success" showIcon title={t('login.signedOut')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input id="username" name="username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password id="password" name="password" autoComplete="current-password" />
          </Form.Item>
          {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('action.signIn')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('login.hint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

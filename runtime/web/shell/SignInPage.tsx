/**
 * Sign-in with a local account (the session cookie serves every app), or with the national e-ID (VNeID) where the
 * server has it, then back where the person was going. The server's refusal is shown in the language on screen.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { trpc } from '../api/client.ts';
import { errorText } from '../api/errors.ts';
import { useLanguage } from './language.ts';
import { PageHeading } from './PageHeading.tsx';
import { useSignIn } from './session.ts';

/** Only a path of this app: `next` comes from the address bar, so it may not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const methods = useQuery(trpc.session.methods.queryOptions());
  const signIn = useSignIn(() => void navigate(safeNext(params.get('next')), { replace: true }));
  return (
    <div className="mc-card mc-narrow">
      <PageHeading title={t('signIn.title')} intro={t('signIn.intro')} />
      {signIn.error && (
        <Alert
          className="mc-gap"
          type="error"
          showIcon
          title={t('signIn.failed')}
          description={errorText(signIn.error, language, t)}
        />
      )}
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(values: { login: string; password: string }) => signIn.mutate(values)}
      >
        <Form.Item
          label={t('signIn.login')}
          name="login"
          rules={[{ required: true, whitespace: true, message: t('signIn.loginRequired') }]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
        </Form.Item>
        <Form.Item
          label={t('signIn.password')}
          name="password"
          rules={[{ required: true, message: t('signIn.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Form>
      {methods.data?.vneid && (
        <>
          <p className="mc-sign-in-or">{t('signIn.or')}</p>
          <Button
            size="large"
            block
            href={`/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(safeNext(params.get('next')))}`}
          >
            {t('signIn.vneid')}
          </Button>
        </>
      )}
    </div>
  );
}

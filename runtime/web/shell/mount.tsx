/**
 * Starts an app: the words (i18n), antd in the language on screen with the product's theme, the server cache, and
 * the app's routes inside the shared shell, with the sign-in page and a "not found" page that every app has.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { queryClient } from '../api/client.ts';
import '../i18n/index.ts';
import { AppShell, type AppName } from './AppShell.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useLanguage } from './language.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { sessionQuery } from './session.ts';
import { theme } from './theme.ts';
import { SIGN_IN_PATH } from './UserArea.tsx';
import './shell.css';

const ANTD_LOCALES = { vi: viVN, en: enUS };

function Providers({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}

export function mountApp(app: AppName, routes: RouteObject[], basename?: string): void {
  // Every screen's header needs it: asked for now, with what the first route's loader asks for, in one request.
  void queryClient.prefetchQuery(sessionQuery);
  const router = createBrowserRouter(
    [
      {
        element: <AppShell app={app} />,
        errorElement: <ErrorAlert error={undefined} onRetry={() => window.location.reload()} />,
        children: [
          ...routes,
          // Its form code loads when someone signs in, not with every first page.
          {
            path: SIGN_IN_PATH,
            lazy: async () => ({ Component: (await import('./SignInPage.tsx')).SignInPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

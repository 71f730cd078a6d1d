import type { RouteObject } from 'react-router';
import { SignedIn } from '../shell/SignedIn.tsx';
import { CataloguePage, prefetchCatalogue } from './CataloguePage.tsx';
import { MyDossiersPage } from './dossiers/MyDossiersPage.tsx';
import { ReceiptPage } from './dossiers/ReceiptPage.tsx';
import { TrackingPage } from './dossiers/TrackingPage.tsx';
import { ProcedurePage, prefetchProcedure } from './ProcedurePage.tsx';

export const portalRoutes: RouteObject[] = [
  { index: true, loader: prefetchCatalogue, element: <CataloguePage /> },
  { path: 'thu-tuc/:code', loader: prefetchProcedure, element: <ProcedurePage /> },
  {
    element: <SignedIn />,
    children: [
      {
        path: 'thu-tuc/:code/nop',
        loader: prefetchProcedure,
        lazy: async () => ({ Component: (await import('./apply/ApplyPage.tsx')).ApplyPage }),
      },
      { path: 'ho-so', element: <MyDossiersPage /> },
      { path: 'ho-so/:code', element: <ReceiptPage /> },
      {
        path: 'ho-so/:code/bo-sung',
        lazy: async () => ({ Component: (await import('./dossiers/SupplementPage.tsx')).SupplementPage }),
      },
      {
        path: 'ho-so/:code/thanh-toan',
        lazy: async () => ({ Component: (await import('./payment/PaymentPage.tsx')).PaymentPage }),
      },
    ],
  },
  { path: 'tra-cuu', element: <TrackingPage /> },
  { path: 'tra-cuu/:code', element: <TrackingPage /> },
  {
    path: 'xac-thuc/:token',
    lazy: async () => ({ Component: (await import('./result/VerifyPage.tsx')).VerifyPage }),
  },
];

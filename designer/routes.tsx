import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { startOpening } from './editor/opening.ts';
import { preloadTab } from './editor/tabs.ts';
import { ProceduresPage } from './procedures/ProceduresPage.tsx';
import { RequireDesignerRole } from './RequireDesignerRole.tsx';

export const designerRoutes: RouteObject[] = [
  {
    element: <RequireDesignerRole />,
    children: [
      { index: true, element: <ProceduresPage /> },
      // The editor (canvas, layout, lint) loads only when a version is opened; the version and its tab's code
      // are asked for at the same moment. Another tab of the same version asks for nothing again.
      {
        path: 'versions/:id/:tab?',
        loader: ({ params }) => {
          startOpening(params.id ?? '');
          preloadTab(params.tab);
          return null;
        },
        HydrateFallback: Opening,
        shouldRevalidate: ({ currentParams, nextParams }) => currentParams.id !== nextParams.id,
        lazy: async () => ({ Component: (await import('./editor/EditorPage.tsx')).EditorPage }),
      },
    ],
  },
];

/** While the editor's code comes, on a page opened at a version's address. */
function Opening() {
  const { t } = useTranslation('designer');
  return <Spin aria-label={t('editor.loading')} />;
}

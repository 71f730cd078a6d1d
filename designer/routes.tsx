import type { RouteObject } from 'react-router';
import { ProceduresPage } from './procedures/ProceduresPage.tsx';
import { RequireDesignerRole } from './RequireDesignerRole.tsx';

export const designerRoutes: RouteObject[] = [
  {
    element: <RequireDesignerRole />,
    children: [
      { index: true, element: <ProceduresPage /> },
      // The editor (canvas, layout, lint) loads only when a version is opened.
      {
        path: 'versions/:id/:tab?',
        lazy: async () => ({ Component: (await import('./editor/EditorPage.tsx')).EditorPage }),
      },
    ],
  },
];

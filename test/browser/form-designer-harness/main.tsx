/**
 * A page that shows the designer's Form tab on a draft store of its own, for the browser tests:
 * `window.formDesigner.open(definition)` opens a definition; `definition()` is the draft as it stands, `undo()`
 * and `redo()` act on it. The unit list is given to the page (no server).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createDraftStore, type DraftStore } from '../../../designer/draft/store.ts';
import { DraftContext } from '../../../designer/draft/hooks.ts';
import { FormTab } from '../../../designer/form/FormTab.tsx';
import { queryClient } from '../../../runtime/web/api/client.ts';
import { i18n } from '../../../runtime/web/i18n/index.ts';
import { theme } from '../../../runtime/web/shell/theme.ts';
import { unitsQuery } from '../../../runtime/web/shell/units.ts';
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import '../../../runtime/web/shell/shell.css';

interface FormDesignerHarness {
  open(definition: ProcedureDefinition, language?: 'vi' | 'en'): void;
  definition(): ProcedureDefinition;
  undo(): void;
  redo(): void;
}

declare global {
  interface Window {
    formDesigner: FormDesignerHarness;
  }
}

queryClient.setQueryData(unitsQuery.queryKey, {
  items: [
    { code: 'T68', parentCode: null, name: { vi: 'Tỉnh Lâm Đồng', en: 'Lam Dong Province' } },
    { code: 'X01', parentCode: 'T68', name: { vi: 'Phường Xuân Hương', en: 'Xuan Huong Ward' } },
    { code: 'X02', parentCode: 'T68', name: { vi: 'Xã Lạc Dương', en: 'Lac Duong Commune' } },
  ],
} as never);

const root = createRoot(document.getElementById('root')!);
let store: DraftStore | undefined;
let opened = 0;

window.formDesigner = {
  open(definition, language = 'vi') {
    void i18n.changeLanguage(language);
    store = createDraftStore(definition, { baseHash: 'harness' });
    root.render(
      <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
        <App>
          <QueryClientProvider client={queryClient}>
            <DraftContext.Provider value={store} key={++opened}>
              <Suspense>
                <FormTab />
              </Suspense>
            </DraftContext.Provider>
          </QueryClientProvider>
        </App>
      </ConfigProvider>,
    );
  },
  definition: () => store!.getState().definition,
  undo: () => store!.getState().undo(),
  redo: () => store!.getState().redo(),
};

/**
 * A page that renders any form with <SchemaForm>, for the browser tests: `window.harness.render(options)` shows a
 * form; what the form hands out (every change, each submission, a render failure) is kept on `window.harness`.
 * Data sources are small fixed lists, picked by name.
 */
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FormCheck, UiSchema } from '../../../schemas/procedure.ts';
import type { FieldError } from '../../../runtime/engine/index.ts';
import { i18n } from '../../../runtime/web/i18n/index.ts';
import { theme } from '../../../runtime/web/shell/theme.ts';
import {
  SchemaForm,
  type DataSource,
  type FormMode,
  type Language,
} from '../../../runtime/web/form/index.ts';
import { HARNESS_SOURCES } from './sources.ts';

export interface RenderOptions {
  schema: Record<string, unknown>;
  ui?: UiSchema;
  checks?: FormCheck[];
  mode?: FormMode;
  defaultValue?: unknown;
  language?: Language;
  steps?: 'auto' | 'none';
  /** Names of HARNESS_SOURCES to hand to the form. */
  sources?: string[];
  /** The fixed "now" of rules that read today (UTC ms). */
  now?: number;
  /** A validator handed in by the host (as the portal's, compiled ahead) that finds these errors. */
  fixedErrors?: FieldError[];
}

interface Harness {
  render(options: RenderOptions): void;
  value: unknown;
  submitted: unknown[];
  failures: string[];
}

declare global {
  interface Window {
    harness: Harness;
  }
}

class Catch extends Component<{ children: ReactNode }, { failed?: string }> {
  override state: { failed?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { failed: error.message };
  }
  override componentDidCatch(error: Error) {
    window.harness.failures.push(error.message);
  }
  override render() {
    return this.state.failed ? <p role="alert">Render failed: {this.state.failed}</p> : this.props.children;
  }
}

const root = createRoot(document.getElementById('root')!);
let shown = 0;

window.harness = {
  value: undefined,
  submitted: [],
  failures: [],
  render(options) {
    const language = options.language ?? 'vi';
    void i18n.changeLanguage(language);
    const sources: Record<string, DataSource> = {};
    for (const name of options.sources ?? []) sources[name] = HARNESS_SOURCES[name];
    this.value = undefined;
    this.submitted = [];
    const now = options.now;
    const fixed = options.fixedErrors;
    root.render(
      <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
        <Catch key={++shown}>
          <SchemaForm
            schema={options.schema}
            ui={options.ui}
            checks={options.checks}
            mode={options.mode}
            defaultValue={options.defaultValue}
            steps={options.steps}
            dataSources={sources}
            now={now === undefined ? undefined : () => now}
            validate={
              fixed &&
              ((_data, isVisible) => fixed.filter((e) => isVisible(e.path.slice(1).split('/').join('.'))))
            }
            onChange={(value) => (window.harness.value = value)}
            onSubmit={(value) => window.harness.submitted.push(value)}
          />
        </Catch>
      </ConfigProvider>,
    );
  },
};

/**
 * A page that shows one rule editor (<RuleField>) for the browser tests: `window.rules.render(options)` shows the
 * rule at a place of a definition; every value the editor hands out is kept in `window.rules.changes`.
 */
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ProcedureDefinition, Rule } from '../../../schemas/procedure.ts';
import { RuleField, type Sample } from '../../../designer/rules/index.ts';
import { i18n } from '../../../runtime/web/i18n/index.ts';
import { theme } from '../../../runtime/web/shell/theme.ts';
import '../../../runtime/web/shell/shell.css';

export interface RuleRenderOptions {
  definition: ProcedureDefinition;
  /** JSON pointer of the rule in the definition. */
  path: string;
  value?: Rule;
  label: string;
  language?: 'vi' | 'en';
  samples?: Sample[];
  /** The calculator's submission date (UTC ms). */
  now?: number;
}

interface RulesHarness {
  render(options: RuleRenderOptions): void;
  changes: (Rule | undefined)[];
}

declare global {
  interface Window {
    rules: RulesHarness;
  }
}

function Shown({ options }: { options: RuleRenderOptions }) {
  const [value, setValue] = useState(options.value);
  return (
    <RuleField
      definition={options.definition}
      path={options.path}
      value={value}
      label={options.label}
      samples={options.samples}
      now={options.now}
      onChange={(rule) => {
        window.rules.changes.push(rule);
        setValue(rule);
      }}
    />
  );
}

const root = createRoot(document.getElementById('root')!);
let shown = 0;

window.rules = {
  changes: [],
  render(options) {
    const language = options.language ?? 'vi';
    void i18n.changeLanguage(language);
    this.changes = [];
    root.render(
      <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
        <App>
          <Shown key={++shown} options={options} />
        </App>
      </ConfigProvider>,
    );
  },
};

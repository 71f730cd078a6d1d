/**
 * The benchmark page: renders the 300-field form with the product's renderer (?renderer=ours) or with
 * react-jsonschema-form's default antd setup (?renderer=rjsf), and measures, in the page, the first render (from
 * the call to the first paint) and each keystroke (from the key event to the next paint).
 */
import validator from '@rjsf/validator-ajv8';
import RjsfForm from '@rjsf/antd';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../runtime/web/i18n/index.ts';
import { SchemaForm } from '../../runtime/web/form/index.ts';
import { theme } from '../../runtime/web/shell/theme.ts';
import { benchSchema, GROUPS, PER_GROUP } from './schema.ts';

declare global {
  interface Window {
    bench: {
      firstRender: number;
      /** Until every field is in the page (RJSF renders all at once; ours a screenful first). */
      allFields: number;
      latencies: number[];
      /** The CSS selector of a field's input. */
      input(group: number, field: number): string;
    };
  }
}

const renderer = new URLSearchParams(location.search).get('renderer') === 'rjsf' ? 'rjsf' : 'ours';
const schema = benchSchema();

/** Resolves just after the next paint: a task queued from the next animation frame runs once it is drawn. */
const afterPaint = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

window.bench = {
  firstRender: NaN,
  allFields: NaN,
  latencies: [],
  input: (g, f) => (renderer === 'rjsf' ? `#root_g${g}_f${f}` : `[id$="/g${g}/f${f}"]`),
};

// Each keystroke: from the moment the browser took the key to the paint that shows it.
window.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    void afterPaint().then((end) => window.bench.latencies.push(end - start));
  },
  true,
);

const form =
  renderer === 'rjsf' ? (
    <RjsfForm schema={schema} validator={validator} />
  ) : (
    <SchemaForm schema={schema} steps="none" />
  );

const root = createRoot(document.getElementById('root')!);
const start = performance.now();
flushSync(() =>
  root.render(
    <ConfigProvider locale={viVN} theme={theme}>
      {form}
    </ConfigProvider>,
  ),
);
void afterPaint().then((end) => (window.bench.firstRender = end - start));
const last = window.bench.input(GROUPS - 1, PER_GROUP - 1);
const untilAll = (): void =>
  void (document.querySelector(last)
    ? afterPaint().then((end) => (window.bench.allFields = end - start))
    : requestAnimationFrame(untilAll));
untilAll();

/**
 * The benchmark page: renders the 300-field form with the product's renderer (?renderer=ours) or with
 * react-jsonschema-form's default antd setup (?renderer=rjsf), and measures, in the page, the first render (from
 * the call to the first paint) and each keystroke (from the key event to the next paint). ?renderer=floor renders
 * 300 bare inputs: the browser's own cost of a keystroke, the floor under both.
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
      work: number[];
      /** The CSS selector of a field's input. */
      input(group: number, field: number): string;
    };
  }
}

const asked = new URLSearchParams(location.search).get('renderer');
const renderer = asked === 'rjsf' || asked === 'floor' ? asked : 'ours';
const schema = benchSchema();

/**
 * Resolves just after the next paint: a task queued from the next animation frame runs once it is drawn. Gives
 * the frame's start (its animation-frame callback) and the moment after its paint.
 */
const afterPaint = (): Promise<{ frame: number; painted: number }> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, painted: performance.now() });
      channel.port2.postMessage(null);
    }),
  );

window.bench = {
  firstRender: NaN,
  allFields: NaN,
  latencies: [],
  work: [],
  input: (g, f) => (renderer === 'ours' ? `[id$="/g${g}/f${f}"]` : `#root_g${g}_f${f}`),
};

/*
 * Each keystroke, from the moment the browser took the key: its latency to the paint that shows it, and its work —
 * the handling of the key and of its input event (the renderer's own, which ran before this bubbling listener on
 * window) plus the frame that draws it, without the wait for that frame, which no renderer can shorten.
 */
let keyDown = NaN;
window.addEventListener('keydown', (event) => (keyDown = event.timeStamp), true);
window.addEventListener('input', () => {
  const start = keyDown;
  const handled = performance.now();
  void afterPaint().then(({ frame, painted }) => {
    window.bench.latencies.push(painted - start);
    window.bench.work.push(handled - start + painted - Math.max(frame, handled));
  });
});

/** The floor: the same number of bare, uncontrolled inputs — what a keystroke costs the browser alone. */
const bareInputs = (
  <form>
    {Array.from({ length: GROUPS }, (_, g) =>
      Array.from({ length: PER_GROUP }, (_, f) => (
        <label key={`${g}.${f}`} style={{ display: 'block' }}>
          Trường {g + 1}.{f + 1} <input id={`root_g${g}_f${f}`} />
        </label>
      )),
    )}
  </form>
);

const form =
  renderer === 'rjsf' ? (
    <RjsfForm schema={schema} validator={validator} />
  ) : renderer === 'floor' ? (
    bareInputs
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
void afterPaint().then(({ painted }) => (window.bench.firstRender = painted - start));
const last = window.bench.input(GROUPS - 1, PER_GROUP - 1);
const untilAll = (): void =>
  void (document.querySelector(last)
    ? afterPaint().then(({ painted }) => (window.bench.allFields = painted - start))
    : requestAnimationFrame(untilAll));
untilAll();

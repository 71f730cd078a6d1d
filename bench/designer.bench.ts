/**
 * `npm run bench:designer`: the designer in Chromium against a seeded test server. Prints the time to open a
 * generated 300-step and 1,000-step process in the editor (navigation to the steps drawn; the median of five loads
 * after two that warm the caches), and the frame time while dragging a step of the 300-step process: the main-thread
 * work each pointer move causes, from a Chromium trace (headless Chromium keeps a 60 Hz frame clock whatever the
 * flags, so the time from a move to the frame showing it measures the clock once the work fits in a frame); then
 * the time to open a 300-field form in the form designer with its preview, and from a keystroke in a field's label
 * to the preview showing it.
 */
import { chromium, type Page } from 'playwright-core';
import type { ProcedureDefinition, ProcessEdge, ProcessNode } from '../schemas/procedure.ts';
import { ensureWebBuild } from '../bin/build-web.ts';
import { CHROMIUM } from '../test/browser/support/chromium.ts';
import { signInThroughPage } from '../test/browser/support/pages.ts';
import { webServer } from '../test/browser/support/server.ts';
import { example } from '../test/support/examples.ts';
import { benchSchema } from './portal/schema.ts';

/** A process of about `size` steps: start, reception, parallel branches of tasks on a grid, join, end. */
function generated(size: number, code: string): ProcedureDefinition {
  const branches = Math.ceil(Math.sqrt(size / 2));
  const perBranch = Math.floor((size - 5) / branches);
  const nodes: ProcessNode[] = [
    { id: 'start', type: 'start', position: { x: 0, y: 0 } },
    { id: 'reception', type: 'reception', position: { x: 160, y: 0 } },
    { id: 'split', type: 'parallel', position: { x: 320, y: 0 } },
  ];
  const edges: ProcessEdge[] = [
    { id: 'e_start', source: 'start', target: 'reception' },
    { id: 'e_split', source: 'reception', target: 'split' },
  ];
  for (let b = 0; b < branches; b++) {
    for (let i = 0; i < perBranch; i++) {
      const id = `t${b}_${i}`;
      nodes.push({
        id,
        type: 'task',
        label: { vi: `Bước ${b + 1}.${i + 1}`, en: `Step ${b + 1}.${i + 1}` },
        config: { role: 'specialist' },
        position: { x: 480 + i * 160, y: b * 100 },
      });
      edges.push({ id: `e${b}_${i}`, source: i === 0 ? 'split' : `t${b}_${i - 1}`, target: id });
    }
    edges.push({ id: `e${b}_join`, source: `t${b}_${perBranch - 1}`, target: 'join' });
  }
  const x = 480 + perBranch * 160;
  nodes.push({ id: 'join', type: 'join', position: { x, y: 0 } });
  nodes.push({ id: 'end', type: 'end', position: { x: x + 160, y: 0 } });
  edges.push({ id: 'e_end', source: 'join', target: 'end' });
  return { ...example('judicial-record'), code, process: { nodes, edges } };
}

async function draftOf(page: Page, definition: ProcedureDefinition): Promise<string> {
  const res = await page.request.post('/api/v1/procedures/drafts', { data: { definition } });
  if (res.status() !== 201) throw new Error(await res.text());
  return ((await res.json()) as { id: string }).id;
}

/**
 * Milliseconds from navigation to `ready`: the median of LOADS loads after WARM_UP (assets cached, the browser's
 * compiled code warm), each started from a page left idle.
 */
async function loadTime(page: Page, path: string, ready: () => boolean): Promise<number> {
  const times: number[] = [];
  for (let load = 0; load < WARM_UP + LOADS; load++) {
    await page.goto(path);
    await page.waitForFunction(ready, null, { polling: 'raf', timeout: 60_000 });
    const ms = await page.evaluate(() => performance.now());
    if (load >= WARM_UP) times.push(ms);
    // The page's work after its first picture (the lint, the rest of a long form) is not the next load's.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
  }
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

const WARM_UP = 2;
const LOADS = 5;

/** Milliseconds from navigation to the steps drawn. */
function openTime(page: Page, id: string): Promise<number> {
  return loadTime(
    page,
    `/designer/versions/${id}`,
    () => document.querySelectorAll('.react-flow__node').length > 0,
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

/**
 * The page's main-thread work caused by each pointer move, from a Chromium trace: the top-level tasks of the
 * renderer's main thread that end between one move's mark and the next (the input event, React, style, layout,
 * paint), in ms.
 */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function workPerMove(events: TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'mc-move');
  if (marks.length === 0) throw new Error('no move marks in the trace');
  const { pid, tid } = marks[0];
  // Top-level tasks only (a task may run another inside it).
  const tasks: TraceEvent[] = [];
  for (const e of events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts)) {
    const outer = tasks[tasks.length - 1];
    if (!outer || e.ts >= outer.ts + (outer.dur ?? 0)) tasks.push(e);
  }
  const bounds = marks.map((m) => m.ts).sort((a, b) => a - b);
  const work = bounds.map(() => 0);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let i = bounds.length - 1;
    while (i >= 0 && bounds[i] > end) i--;
    if (i >= 0) work[i] += (task.dur ?? 0) / 1000;
  }
  // The last window has no next move to close it.
  return work.slice(0, -1);
}

/**
 * While a step is dragged 150 pointer moves within the canvas: per move, the main-thread work it causes (what a
 * frame costs) and the time from the move to the frame after the one that shows it (two animation frames: never less
 * than one period of Chromium's frame clock, 60 Hz in headless Chromium whatever the flags).
 */
async function dragFrames(page: Page): Promise<{ work: number[]; shown: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[] };
    w.frames_ = [];
    document.addEventListener(
      'pointermove',
      () => {
        const t0 = performance.now();
        console.timeStamp('mc-move');
        requestAnimationFrame(() => requestAnimationFrame(() => w.frames_.push(performance.now() - t0)));
      },
      { capture: true },
    );
  });
  // A step of a branch drawn inside the canvas as the editor opened it (steps outside the view are not drawn),
  // dragged 300 px towards the side with room: near the canvas's edge React Flow pans the view, a pan and no drag.
  const { x, y, dx } = await page.evaluate((travel) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const steps = [...document.querySelectorAll('.react-flow__node[data-id^="t"]')].map((n) =>
      n.getBoundingClientRect(),
    );
    for (const r of steps) {
      if (r.top < pane.top + 40 || r.bottom > pane.bottom - 60) continue;
      if (r.right + travel < pane.right - 60) return { x: r.left, y: r.top, dx: 2 };
      if (r.left - travel > pane.left + 60) return { x: r.left, y: r.top, dx: -2 };
    }
    throw new Error('no step drawn inside the canvas with room to drag it');
  }, 300);
  await page.mouse.move(x + 20, y + 20);
  await page.mouse.down();
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  for (let i = 1; i <= 150; i++) {
    await page.mouse.move(x + 20 + i * dx, y + 20 + (i % 20));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await page.mouse.up();
  const shown = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
  return { work: workPerMove(trace.traceEvents), shown: shown.slice(1) };
}

/** Milliseconds from navigation to the form designer showing the field list and the preview's first field. */
function formOpenTime(page: Page, id: string): Promise<number> {
  return loadTime(
    page,
    `/designer/versions/${id}/form`,
    () =>
      document.querySelectorAll('.mc-form-tree-name').length > 0 &&
      document.querySelector('.mc-form-preview form.mc-form input') !== null,
  );
}

/** Per keystroke in the first field's label: from the key to the frame in which the preview's label shows it. */
async function labelToPreview(page: Page, keys: number): Promise<number[]> {
  await page.locator('.mc-form-tree-name[data-path="g0.f0"]').click();
  const label = page.getByLabel('Tên trường (tiếng Việt)');
  await label.focus();
  await page.keyboard.press('End');
  const times: number[] = [];
  for (let i = 0; i < keys; i++) {
    const typed = `${await label.inputValue()}${String.fromCharCode(97 + (i % 26))}`;
    // The page watches from before the key is sent: the key's time, then the frame in which the preview shows it.
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    await page.evaluate((expected) => {
      const w = window as unknown as { keyAt: number; shownAt: number };
      w.keyAt = NaN;
      w.shownAt = NaN;
      document.addEventListener('keydown', (e) => (w.keyAt = e.timeStamp), { capture: true, once: true });
      void (async () => {
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const shown = document.querySelector('.mc-form-preview label[for$="/g0/f0"]')?.textContent ?? '';
          if (shown.includes(expected)) return (w.shownAt = performance.now());
        }
      })();
    }, typed);
    await page.keyboard.press(typed.at(-1)!);
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { shownAt: number }).shownAt));
    times.push(
      await page.evaluate(() => {
        const w = window as unknown as { keyAt: number; shownAt: number };
        return w.shownAt - w.keyAt;
      }),
    );
  }
  return times;
}

async function main(): Promise<void> {
  await ensureWebBuild({ quiet: true });
  const server = await webServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signInThroughPage(page, 'thietke', '/designer/sign-in');
    await page.waitForURL((url) => !url.pathname.includes('sign-in'));
    const small = await draftOf(page, generated(300, '9.900300'));
    const large = await draftOf(page, generated(1000, '9.901000'));

    console.log('Process designer (Chromium, 1366×768)');
    console.log(
      `  open a 300-step process:   ${(await openTime(page, small)).toFixed(0)} ms   (target ≤ 500 ms)`,
    );
    console.log(
      `  open a 1,000-step process: ${(await openTime(page, large)).toFixed(0)} ms   (target ≤ 1,500 ms)`,
    );
    await openTime(page, small);
    const drag = await dragFrames(page);
    const work = drag.work.sort((a, b) => a - b);
    const shown = drag.shown.sort((a, b) => a - b);
    console.log(
      `  drag a step (300 steps): work per frame median ${percentile(work, 0.5).toFixed(1)} ms, p95 ${percentile(work, 0.95).toFixed(1)} ms   (target median ≤ 16 ms; ${work.length} frames)`,
    );
    console.log(
      `    pointer move to the next frame after it: median ${percentile(shown, 0.5).toFixed(1)} ms, p95 ${percentile(shown, 0.95).toFixed(1)} ms (bounded below by the 60 Hz frame clock)`,
    );

    const form = await draftOf(page, {
      ...example('judicial-record'),
      code: '9.900301',
      form: { schema: benchSchema() },
      fees: [],
      components: [],
    });
    console.log('Form designer (300 fields)');
    console.log(
      `  open with its preview:     ${(await formOpenTime(page, form)).toFixed(0)} ms   (target ≤ 500 ms)`,
    );
    const keys = (await labelToPreview(page, 30)).sort((a, b) => a - b);
    console.log(
      `  label keystroke → preview: median ${percentile(keys, 0.5).toFixed(1)} ms, p95 ${percentile(keys, 0.95).toFixed(1)} ms   (target ≤ 50 ms; ${keys.length} keys)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

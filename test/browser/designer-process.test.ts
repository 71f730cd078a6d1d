/**
 * The process designer in Chromium: the palette from the engine's registry, a step's whole life by keyboard
 * alone, copy and paste between two drafts through the clipboard, and the Problems panel taking you to the fault.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import { example } from '../support/examples.ts';
import { newDraft, node, openEditor, pick, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';

const JUDICIAL = example('judicial-record');
const HOUSEHOLD = example('household-business');
const active = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab (Shift+Tab backwards) until the focus is on or in `selector`. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await active(page, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A process too big to read whole on a laptop screen: a start and a reception on top, 40 steps in rows below. */
function tallProcess(code: string): ProcedureDefinition {
  const nodes: ProcessNode[] = [
    { id: 'start', type: 'start', position: { x: 0, y: 0 } },
    { id: 'reception', type: 'reception', position: { x: 160, y: 0 } },
  ];
  const edges: ProcessEdge[] = [{ id: 'e_start', source: 'start', target: 'reception' }];
  for (let i = 0; i < 40; i++) {
    nodes.push({
      id: `t${i}`,
      type: 'task',
      config: { role: 'specialist' },
      position: { x: 320 + (i % 10) * 160, y: 200 + Math.floor(i / 10) * 400 },
    });
    edges.push({ id: `e${i}`, source: i === 0 ? 'reception' : `t${i - 1}`, target: `t${i}` });
  }
  return { ...JUDICIAL, code, process: { nodes, edges } };
}

browserDescribe('the process designer', () => {
  it('fits a laptop screen whole, and opens a process too big to read whole at its start', async ({
    page,
  }) => {
    await signInDesigner(page);
    const res = await page.request.post('/api/v1/procedures/drafts', {
      data: { definition: tallProcess('9.900040') },
    });
    expect(res.status(), await res.text()).toBe(201);
    await openEditor(page, ((await res.json()) as { id: string }).id);
    await page.locator('.mc-problems').waitFor();
    const layout = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const [pane, start] = [box('.react-flow'), box('.react-flow__node[data-id="start"]')];
        return {
          // The page does not scroll: the canvas, its zoom buttons and the problems line are all on screen.
          scrolls: document.scrollingElement!.scrollHeight > innerHeight,
          offScreen: ['.react-flow', '.react-flow__controls', '.mc-problems'].filter(
            (s) => box(s).bottom > innerHeight,
          ),
          // Readable (not shrunk to fit), from the start.
          readable: start.width > 100,
          startInView:
            start.left >= pane.left &&
            start.top >= pane.top &&
            start.bottom <= pane.bottom &&
            start.right <= pane.right,
        };
      });
    await expect.poll(layout).toEqual({ scrolls: false, offScreen: [], readable: true, startInView: true });
  });

  it('offers every node type of the engine’s registry in the palette, in Vietnamese', async ({ page }) => {
    await signInDesigner(page);
    await openEditor(page, (await newDraft(page, JUDICIAL.code)).id);
    const items = await page.locator('.mc-palette-item').allInnerTexts();
    expect(items).toEqual([...NODE_TYPES.values()].map((t) => t.label.vi));
  });

  it('adds, connects, configures and deletes a step with the keyboard alone', async ({ page }) => {
    await signInDesigner(page);
    const draft = await newDraft(page, JUDICIAL.code);
    await openEditor(page, draft.id);
    const saved = () => stored(page, draft.id).then((v) => v.definition.process);

    // Select a step on the canvas, go to the palette (A), add a task after it (Enter).
    await tabTo(page, '.react-flow__node[data-id="payment"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');
    expect(await active(page, '.mc-palette-item[data-type="start"]')).toBe(true);
    await tabTo(page, '.mc-palette-item[data-type="task"]');
    await page.keyboard.press('Enter');
    await node(page, 'task_1').waitFor();

    // Name it, choose its role, connect it to the approval.
    await tabTo(page, '.mc-properties input');
    await page.keyboard.type('Kiểm tra trùng lặp');
    await tabTo(page, '[id$="/role-field"]');
    await page.keyboard.type('Lãnh đạo');
    await page.keyboard.press('Enter');
    await tabTo(page, '[aria-label="Nối tới bước…"]');
    await page.keyboard.type('Lãnh đạo duyệt');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await saved()).edges.some((e) => e.source === 'task_1' && e.target === 'approve'))
      .toBe(true);
    const added = (await saved()).nodes.find((n) => n.id === 'task_1');
    expect(added).toMatchObject({
      type: 'task',
      label: { vi: 'Kiểm tra trùng lặp' },
      config: { role: 'leader' },
    });

    // Delete it from its properties.
    await tabTo(page, '.mc-properties button.ant-btn-dangerous');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).nodes.map((n) => n.id)).not.toContain('task_1');
    expect(await saved()).toEqual(JUDICIAL.process);
  });

  it('copies steps from one draft and pastes them into another with new ids', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInDesigner(page);
    const from = await newDraft(page, JUDICIAL.code);
    const into = await newDraft(page, HOUSEHOLD.code);
    await openEditor(page, from.id);
    await pick(page, 'verify');
    await pick(page, 'approve', true);
    await page.keyboard.press('Control+c');

    await openEditor(page, into.id);
    await pick(page, 'start');
    await page.keyboard.press('Control+v');
    await node(page, 'task_1').waitFor();
    await expect
      .poll(async () => (await stored(page, into.id)).definition.process.nodes.slice(-2))
      .toMatchObject([
        { id: 'task_1', type: 'task', label: JUDICIAL.process.nodes[3].label },
        // The approval returns to the pasted step, not to one of this procedure.
        { id: 'approval_1', type: 'approval', config: { role: 'leader', returnTo: 'task_1' } },
      ]);
    const edges = (await stored(page, into.id)).definition.process.edges;
    expect(edges.at(-1)).toEqual({ id: 'e_1', source: 'task_1', target: 'approval_1' });
  });

  it('lists problems errors first; choosing one selects the step and focuses the property at fault', async ({
    page,
  }) => {
    await signInDesigner(page);
    await openEditor(page, (await newDraft(page, JUDICIAL.code)).id);
    await expect.poll(() => page.locator('.mc-problems').textContent()).toContain('không có vấn đề nào');
    // A task with nothing set, joined to nothing: errors.
    await page.locator('.mc-palette-item[data-type="task"]').click();
    await page.getByRole('heading', { name: /Cần xem lại/ }).waitFor();
    await expect.poll(() => page.locator('.mc-problem').count()).toBeGreaterThan(2);
    const problems = page.locator('.mc-problem');
    expect(await problems.first().getAttribute('class')).toContain('mc-problem-error');
    expect(await node(page, 'task_1').getAttribute('class')).toBeTruthy();
    expect(await node(page, 'task_1').locator('.mc-step-error').count()).toBe(1);

    await page.keyboard.press('Escape');
    await pick(page, 'verify');
    expect(await problems.allInnerTexts()).toContain('Lỗi:\nXử lý:\nBước này chưa nối tới bước tiếp theo.');
    const roleProblem = problems.filter({ hasText: 'Người thực hiện' });
    await roleProblem.first().click();
    await expect.poll(() => active(page, '[id$="/role-field"]')).toBe(true);
    expect(await node(page, 'task_1').getAttribute('class')).toContain('selected');
  });
});

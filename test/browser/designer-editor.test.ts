/**
 * The designer's editor in Chromium: versions opened read-only or for editing, undo and redo, autosave with the
 * conflict dialog (two browser contexts on one draft), the warning on leaving, restoring after leaving, the
 * examples saved back unchanged, axe, and a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EXAMPLE_NAMES, example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { DESKTOP, PHONE } from './support/chromium.ts';
import { newDraft, node, openEditor, pick, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow } from './support/pages.ts';

const JUDICIAL = example('judicial-record');
const saveStatus = (page: Page) => page.locator('.mc-save').textContent();
const waitSaved = (page: Page) => expect.poll(() => saveStatus(page)).toMatch(/Đã lưu/);
const nameField = (page: Page) => page.getByLabel('Tên bước (tiếng Việt)');

/** Removes an edge through its properties. */
async function remove(page: Page, edge: string) {
  await page.locator(`.react-flow__edge[data-id="${edge}"]`).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Xóa đường nối này' }).click();
}

/** Another signed-in designer's page (a second browser context). */
async function secondDesigner(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP });
  const page = await context.newPage();
  await signInDesigner(page);
  return page;
}

browserDescribe('the designer editor', () => {
  it('opens a published version read-only, and makes a new draft from it', async ({ page }) => {
    await signInDesigner(page);
    await page
      .getByRole('listitem')
      .filter({ hasText: JUDICIAL.name.vi })
      .getByRole('link', { name: /Phiên bản 1 · Đã công bố/ })
      .click();
    await node(page, 'verify').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(JUDICIAL.name.vi);
    expect(await page.locator('.mc-editor-bar').textContent()).toContain('Đã công bố');
    expect(await saveStatus(page)).toContain('Chỉ xem');
    await pick(page, 'verify');
    expect(await nameField(page).isDisabled()).toBe(true);
    expect(await page.locator('.mc-palette-item').first().isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Tạo phiên bản mới từ phiên bản này' }).click();
    await expect.poll(() => page.locator('.mc-editor-bar').textContent()).toContain('Bản nháp');
    expect(await page.locator('.mc-editor-bar').textContent()).toContain('Phiên bản 2');
    expect(await saveStatus(page)).toBe(' Đã lưu');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('undoes and redoes each kind of change: add, rename (typing is one step), connect, move, delete', async ({
    page,
  }) => {
    await signInDesigner(page);
    const draft = await newDraft(page, JUDICIAL.code);
    await openEditor(page, draft.id);
    const count = () => page.locator('.react-flow__node').count();
    const undo = page.getByRole('button', { name: 'Hoàn tác' });
    const redo = page.getByRole('button', { name: 'Làm lại' });
    expect(await undo.isDisabled()).toBe(true);

    // Add after the selected step (joined to it: an edge more), then name it.
    await remove(page, 'e7'); // deliver → end: deliver may lead somewhere else now
    await pick(page, 'deliver');
    await page.locator('.mc-palette-item[data-type="task"]').click();
    await expect.poll(count).toBe(9);
    await nameField(page).pressSequentially('Lưu trữ');
    await expect.poll(() => node(page, 'task_1').textContent()).toContain('Lưu trữ');
    // Move with the arrow keys.
    await node(page, 'task_1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    await undo.click(); // the move
    await undo.click(); // the name, typed as one step
    expect(await node(page, 'task_1').textContent()).not.toContain('Lưu');
    await undo.click(); // the step
    await expect.poll(count).toBe(8);
    await redo.click();
    await redo.click();
    await expect.poll(() => node(page, 'task_1').textContent()).toContain('Lưu trữ');

    // Delete the selection with the Delete key; undo brings it back with its edges.
    const edges = () => page.locator('.react-flow__edge').count();
    const before = JUDICIAL.process.edges.length; // e7 removed, deliver → task_1 added
    await expect.poll(edges).toBe(before);
    await pick(page, 'verify');
    await page.keyboard.press('Delete');
    await expect.poll(count).toBe(8);
    await expect.poll(edges).toBe(before - 2); // edges are drawn after their steps are measured
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBe(9);
    await expect.poll(edges).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(count).toBe(8);
    await waitSaved(page);
    const saved = (await stored(page, draft.id)).definition;
    expect(saved.process.nodes.map((n) => n.id)).not.toContain('verify');
    expect(saved.process.nodes.find((n) => n.id === 'task_1')?.label?.vi).toBe('Lưu trữ');
  });

  it('autosaves; a draft saved meanwhile in another context opens the conflict dialog: overwrite or reload', async ({
    page,
    browser,
    server,
  }) => {
    await signInDesigner(page);
    const draft = await newDraft(page, JUDICIAL.code);
    const other = await secondDesigner(browser, server.url);
    await openEditor(page, draft.id);
    await openEditor(other, draft.id);

    await pick(page, 'verify');
    await nameField(page).fill('Xác minh (bản A)');
    await expect.poll(() => saveStatus(page)).toMatch(/Có thay đổi chưa lưu|Đang lưu/);
    await waitSaved(page);
    expect((await stored(page, draft.id)).definition.process.nodes[3].label?.vi).toBe('Xác minh (bản A)');

    await pick(other, 'approve');
    await nameField(other).fill('Duyệt (bản B)');
    const dialog = other.getByRole('dialog', { name: 'Bản nháp vừa được lưu ở nơi khác' });
    await dialog.waitFor();
    expect(await saveStatus(other)).toContain('Chưa lưu');
    expect(await seriousA11yViolations(other)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click();
    await waitSaved(other);
    let definition = (await stored(page, draft.id)).definition;
    expect(definition.process.nodes[4].label?.vi).toBe('Duyệt (bản B)');
    expect(definition.process.nodes[3].label?.vi).toBe(JUDICIAL.process.nodes[3].label?.vi);

    // Now the first page is behind: its next save conflicts; it reloads the latest, its own copy downloaded.
    await nameField(page).fill('Xác minh (bản A, lần 2)');
    const again = page.getByRole('dialog', { name: 'Bản nháp vừa được lưu ở nơi khác' });
    await again.waitFor();
    const download = page.waitForEvent('download');
    await again.getByRole('button', { name: 'Mở bản mới nhất' }).click();
    const file = await download;
    const mine = JSON.parse(await streamText(await file.createReadStream()));
    expect(mine.process.nodes[3].label.vi).toBe('Xác minh (bản A, lần 2)');
    await expect.poll(() => node(page, 'approve').textContent()).toContain('Duyệt (bản B)');
    expect(await saveStatus(page)).toContain('Đã lưu');
    definition = (await stored(page, draft.id)).definition;
    expect(definition.process.nodes[4].label?.vi).toBe('Duyệt (bản B)');
    await other.context().close();
  });

  it('warns before leaving with unsaved work, and offers it back when the version is opened again', async ({
    page,
  }) => {
    await signInDesigner(page);
    const draft = await newDraft(page, JUDICIAL.code);
    // The server cannot be reached for saving: every save is refused, batched with other calls or not, until lifted.
    const saving = (url: URL) => url.pathname.includes('designer.saveDraft');
    await page.context().route(saving, (route) => route.abort('internetdisconnected'));
    await openEditor(page, draft.id);
    await pick(page, 'verify');
    await nameField(page).fill('Chưa kịp lưu');
    await expect.poll(() => saveStatus(page)).toMatch(/Chưa lưu được/);

    // Leaving through the app: saving fails, so the editor asks.
    await page.getByRole('link', { name: '← Danh sách thủ tục' }).click();
    const leave = page.getByRole('dialog', { name: 'Rời trang khi thay đổi chưa được lưu?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Ở lại trang này' }).click();
    expect(new URL(page.url()).pathname).toBe(`/designer/versions/${draft.id}`);

    // Leaving the page through the browser: it asks (beforeunload). The tab stays open on a blank page, because a
    // closed tab's last request escapes the test's network block.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    await page.goto('about:blank');
    expect(await asked).toBe('beforeunload');
    expect((await stored(page, draft.id)).definition).toEqual(JUDICIAL);
    await page.context().unroute(saving);

    // Opened again in this browser: the unsaved change is offered back, restored and saved.
    const again = await page.context().newPage();
    await again.goto(`/designer/versions/${draft.id}`);
    const restore = again.getByRole('dialog', { name: 'Còn thay đổi chưa được lưu' });
    await restore.waitFor();
    await restore.getByRole('button', { name: 'Khôi phục các thay đổi' }).click();
    await expect.poll(() => node(again, 'verify').textContent()).toContain('Chưa kịp lưu');
    await waitSaved(again);
    expect((await stored(again, draft.id)).definition.process.nodes[3].label?.vi).toBe('Chưa kịp lưu');
  });

  it('opens each example readable and saves it back unchanged after an edit is undone', async ({ page }) => {
    await signInDesigner(page);
    for (const name of EXAMPLE_NAMES) {
      const definition = example(name);
      const draft = await newDraft(page, definition.code);
      await openEditor(page, draft.id);
      // Laid out as written: no step on another (the automatic layout did not run).
      expect(await page.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
      await node(page, definition.process.nodes[1].id).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await stored(page, draft.id)).definition).not.toEqual(definition);
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(async () => (await stored(page, draft.id)).definition).toEqual(definition);
      await waitSaved(page);
    }
  });

  it('scrolls a long tab in its own pane: the save status and the tabs stay in sight', async ({ page }) => {
    await signInDesigner(page);
    await openEditor(page, (await newDraft(page, JUDICIAL.code)).id);
    const pane = page.locator(
      '.mc-editor-tabs > .ant-tabs-body-holder > .ant-tabs-body > .ant-tabs-content-active',
    );
    const inView = async (selector: string) => {
      const box = (await page.locator(selector).last().boundingBox())!;
      return box.y >= 0 && box.y + box.height <= DESKTOP.height;
    };
    for (const tab of ['Biểu mẫu', 'Thành phần hồ sơ', 'Lệ phí', 'Chạy thử']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => pane.locator('input:visible').count(), { message: tab }).toBeGreaterThan(0);
      // Longer than a laptop screen: the pane scrolls, the page does not move.
      await expect
        .poll(() => pane.evaluate((e) => e.scrollHeight > e.clientHeight), { message: tab })
        .toBe(true);
      // Scrolled to its foot (polled: a tab may still be drawing its lower parts).
      const toFoot = () =>
        pane.evaluate((e) => {
          e.scrollTop = e.scrollHeight;
          return e.scrollTop;
        });
      await expect.poll(toFoot, { message: tab }).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop), tab).toBe(0);
      expect(await inView('.mc-editor-tabs [role="tablist"]'), tab).toBe(true);
      expect(await inView('.mc-save'), tab).toBe(true);
    }
    // The form's last field chosen at the foot of the pane: its properties stay whole within the pane.
    await page.getByRole('tab', { name: 'Biểu mẫu' }).click();
    await pane.locator('.mc-form-tree-name').last().click();
    await pane.evaluate((e) => (e.scrollTop = e.scrollHeight));
    const below = async () =>
      (await pane.locator('.mc-form-properties').boundingBox())!.y - (await pane.boundingBox())!.y;
    await expect.poll(below).toBeGreaterThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('passes axe with a step selected, and lets a phone read the diagram and its problems', async ({
    page,
  }) => {
    await signInDesigner(page);
    const draft = await newDraft(page, example('household-business').code);
    await openEditor(page, draft.id);
    await pick(page, 'consult');
    await page.getByLabel('Đơn vị thực hiện').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/shot-editor.png' });

    await page.setViewportSize(PHONE);
    await openEditor(page, draft.id);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const box = await node(page, 'start').boundingBox();
    expect(box!.width).toBeGreaterThan(100); // readable, not shrunk to fit
    expect(await page.getByRole('heading', { name: /Cần xem lại/ }).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/shot-editor-phone.png', fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

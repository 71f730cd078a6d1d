/**
 * Review and publishing in Chromium: a designer changes a draft of an example and submits it; the approver sees
 * the change against the published version, rejects it with a reason; after a fix and resubmission the approver
 * approves and publishes it (confirming), and the catalogue serves the new version. Axe, and a phone.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { liveVersion, newDraft, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const BIRTH = example('birth-registration');

/** Renames the reception step of the stored draft, as the designer's edit. */
async function renameReception(page: Page, id: string, vi: string): Promise<void> {
  const { definition, contentHash } = await stored(page, id);
  const nodes = definition.process.nodes.map((n) =>
    n.id === 'reception' ? { ...n, label: { vi, en: 'Receive' } } : n,
  );
  const res = await page.request.put(`/api/v1/procedure-versions/${id}`, {
    data: { definition: { ...definition, process: { ...definition.process, nodes } }, baseHash: contentHash },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Signs someone else in on the same page. */
async function switchTo(page: Page, login: string): Promise<void> {
  await page.context().clearCookies();
  await signInThroughPage(page, login, '/designer/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Thủ tục và các phiên bản' }).waitFor();
}

const status = (page: Page) => page.locator('.mc-editor-facts');

async function submitInEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/designer/versions/${id}/review`);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect.poll(() => status(page).textContent()).toContain('Chờ phê duyệt');
}

browserDescribe('reviewing and publishing a procedure version', () => {
  it('submits, rejects with a reason, resubmits, approves and publishes', async ({ page }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, BIRTH.code);
    await renameReception(page, id, 'Tiếp nhận hồ sơ (đã sửa)');
    await submitInEditor(page, id);

    await switchTo(page, 'pheduyet');
    await page.goto(`/designer/versions/${id}/review`);
    const change = page.getByRole('listitem').filter({ hasText: 'Tiếp nhận hồ sơ (đã sửa)' });
    await change.waitFor();
    expect(await change.textContent()).toContain('Thay đổi');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Từ chối' }).click();
    await page.getByLabel('Lý do từ chối (người thiết kế sẽ thấy)').fill('Tên bước chưa đúng mẫu.');
    await page.getByRole('dialog').getByRole('button', { name: 'Từ chối' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Bị trả lại');

    await switchTo(page, 'thietke');
    await renameReception(page, id, 'Tiếp nhận, số hóa hồ sơ');
    await submitInEditor(page, id);

    await switchTo(page, 'pheduyet');
    await page.goto(`/designer/versions/${id}/review`);
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Đã phê duyệt');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Hồ sơ đang xử lý vẫn giữ phiên bản').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Công bố' }).click();
    await expect.poll(() => liveVersion(page, BIRTH.code)).toBe(id);
    await expect.poll(() => status(page).textContent()).toContain('Đã công bố');
  });

  it('fits a phone: the review tab and its buttons', async ({ page }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, BIRTH.code);
    await renameReception(page, id, 'Tiếp nhận (điện thoại)');
    await page.setViewportSize(PHONE);
    await page.goto(`/designer/versions/${id}/review`);
    await page.getByRole('listitem').filter({ hasText: 'Tiếp nhận (điện thoại)' }).waitFor();
    await page.getByRole('button', { name: 'Gửi duyệt' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

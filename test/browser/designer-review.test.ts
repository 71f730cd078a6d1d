/**
 * Review and publishing in Chromium: a designer changes a draft of an example and submits it; the approver sees
 * the change against the published version, rejects it with a reason; after a fix and resubmission the approver
 * approves and publishes it (confirming), and the catalogue serves the new version. The approver comments on a
 * changed step, the author reads and answers it; the diagram marks what was added, changed and removed, and the
 * form its new and changed fields. Axe, and a phone.
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

type Definition = Awaited<ReturnType<typeof stored>>['definition'];

/** Saves an edit of the stored draft, as the designer's. */
async function editDraft(page: Page, id: string, edit: (d: Definition) => Definition): Promise<void> {
  const { definition, contentHash } = await stored(page, id);
  const res = await page.request.put(`/api/v1/procedure-versions/${id}`, {
    data: { definition: edit(definition), baseHash: contentHash },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Renames the reception step of the stored draft. */
const renameReception = (page: Page, id: string, vi: string) =>
  editDraft(page, id, (d) => ({
    ...d,
    process: {
      ...d.process,
      nodes: d.process.nodes.map((n) => (n.id === 'reception' ? { ...n, label: { vi, en: 'Receive' } } : n)),
    },
  }));

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

  it('shows the form with its new and changed fields coloured and named; any step is chosen by keyboard', async ({
    page,
  }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, BIRTH.code);
    await editDraft(page, id, (d) => {
      const schema = d.form!.schema as { properties: Record<string, Record<string, unknown>> };
      const properties = {
        ...schema.properties,
        extractCopies: { ...schema.properties.extractCopies, maximum: 5 },
        contactEmail: { type: 'string', format: 'email', title: 'Thư điện tử liên hệ' },
      };
      return { ...d, form: { ...d.form!, schema: { ...schema, properties } } };
    });
    await page.goto(`/designer/versions/${id}/review`);
    const form = page.getByRole('form', { name: 'Biểu mẫu của phiên bản này' });
    await form.waitFor();
    const added = form.locator('.mc-field-mark-added');
    // The fields past the first screen come a moment after it.
    await expect.poll(() => added.count(), { timeout: 10_000 }).toBe(1);
    expect(await added.textContent()).toMatch(/^Thư điện tử liên hệ Thêm mới/);
    const changed = form.locator('.mc-field-mark-changed');
    expect(await changed.count()).toBe(1);
    expect(await changed.getAttribute('id')).toMatch(/\/extractCopies-field$/);
    expect(await changed.locator('.mc-field-mark-word').textContent()).toBe(' Thay đổi');
    // Every other field is there unmarked, as citizens will see it.
    expect(await form.locator('.mc-field').count()).toBeGreaterThan(10);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Any step, changed or not, is chosen for comments from the keyboard too.
    await page.getByRole('combobox', { name: 'Bước cần xem góp ý' }).focus();
    await page.keyboard.type('Thẩm định');
    await page.keyboard.press('Enter');
    await page.locator('.mc-review-step').getByText('Bước đang chọn: Thẩm định hồ sơ (appraisal)').waitFor();
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

  it('colours the diff on the diagram, and carries the approver’s comments to the author', async ({
    page,
  }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, BIRTH.code);
    await renameReception(page, id, 'Tiếp nhận và kiểm tra');
    // The first transition under a new id: the published one is removed, this one added.
    await editDraft(page, id, (d) => ({
      ...d,
      process: {
        ...d.process,
        edges: d.process.edges.map((e) => (e.id === 'e1' ? { ...e, id: 'e1-moi' } : e)),
      },
    }));
    await submitInEditor(page, id);

    await switchTo(page, 'pheduyet');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/designer/versions/${id}/review`);
    const diagram = page.getByRole('img', { name: /Sơ đồ quy trình của phiên bản này/ });
    await diagram.waitFor();
    const changed = diagram.locator('.react-flow__node.mc-diff-changed');
    await expect.poll(() => changed.textContent()).toContain('Tiếp nhận và kiểm tra');
    expect(await changed.textContent()).toContain('Thay đổi');
    expect(await diagram.locator('.react-flow__edge.mc-diff-added').count()).toBe(1);
    expect(await diagram.locator('.react-flow__edge.mc-diff-removed').count()).toBe(1);
    expect(await diagram.locator('.react-flow__node.mc-diff-removed').count()).toBe(0);
    for (const words of ['Thêm mới (xanh lá)', 'Thay đổi (vàng cam)', /^Bỏ đi \(đỏ, nét đứt/])
      await page.getByRole('listitem').filter({ hasText: words }).waitFor();

    const row = page.locator('.mc-review-list > li').filter({ hasText: 'Tiếp nhận và kiểm tra' });
    await row.getByRole('button', { name: /^Góp ý: / }).click();
    await row
      .getByRole('textbox', { name: /^Góp ý về Tiếp nhận và kiểm tra/ })
      .fill('Tên bước nên theo mẫu 01.');
    await row.getByRole('button', { name: 'Gửi góp ý' }).click();
    await row.getByText('Tên bước nên theo mẫu 01.').waitFor();
    // The diagram counts it on the step; choosing the step there shows the same thread.
    await expect.poll(() => changed.textContent()).toContain('1 góp ý');
    await changed.click();
    await page.locator('.mc-review-step').getByText('Tên bước nên theo mẫu 01.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await switchTo(page, 'thietke');
    await page.goto(`/designer/versions/${id}/review`);
    const seen = page.locator('.mc-review-list > li').filter({ hasText: 'Tiếp nhận và kiểm tra' });
    await seen.getByText('Tên bước nên theo mẫu 01.').waitFor();
    expect(await seen.textContent()).toContain('Đỗ Thị Phê Duyệt');
    await seen.getByRole('button', { name: /^Trả lời: / }).click();
    await seen.getByRole('textbox', { name: /^Góp ý về / }).fill('Đã đổi theo mẫu.');
    await seen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await seen.getByText('Đã đổi theo mẫu.').waitFor();
    await expect.poll(() => seen.getByText('Người soạn', { exact: true }).count()).toBe(1);
    // The author answers; opening threads of their own is not offered.
    const edgeRow = page.locator('.mc-review-list > li').filter({ hasText: 'e1-moi' });
    expect(await edgeRow.getByRole('button').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

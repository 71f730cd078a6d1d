/**
 * The designer's two journeys of issue 10 in Chromium, through the screens alone as the provincial office's clerks
 * use them (the API only to set up what the journey is not about, and to check what was stored):
 * - a new procedure: the designer creates it, draws its steps, designs its form, sets a fee and a processing time
 *   and submits it; the approver approves and publishes it; a citizen finds it in the portal's catalogue, fills the
 *   generated form and submits — the dossier carries the designed fee, and once received, the designed due date;
 * - a fee change: the designer makes a new version of a published procedure with a filed dossier and changes its
 *   fee; the approver sees the change, approves and publishes it; the filed dossier keeps the old fee, a new one
 *   gets the new fee.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { cookieJar, T0 } from '../support/http.ts';
import { act } from '../server/result-support.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, signInThroughPage } from './support/pages.ts';
import type { WebServer } from './support/server.ts';

/** A suffix of this run, so that names and codes are its own. */
const RUN = Date.now().toString(36).toUpperCase();

interface DossierDetails {
  versionId: string;
  status: string;
  dueAt: string | null;
  data: Record<string, unknown>;
  fees: { total: number; items: { id: string; amount: number }[] };
  openTasks: { node: string; role: string }[];
}

const details = async (page: Page, code: string): Promise<DossierDetails> =>
  (await page.request.get(`/api/v1/dossiers/${encodeURIComponent(code)}/details`)).json();

/** Signs out through the header's button, then in as `login` on the sign-in page at `path`. */
async function switchTo(page: Page, login: string, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/sign-in/);
  await signInThroughPage(page, login, path);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Opens a list, types the start of `option` and takes it with Enter, as a clerk does. */
async function choose(page: Page, list: Locator, option: string): Promise<void> {
  await list.click();
  await page.keyboard.type(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option })
    .waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** The dialog has finished appearing (a click on a list that is still moving can miss). */
async function dialogShown(page: Page): Promise<Locator> {
  await page.getByRole('dialog').waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return page.getByRole('dialog');
}

/** The editor's status badge (draft, in review, approved, published). */
const status = (page: Page) => page.locator('.mc-editor-facts');

/** The card of a procedure in the designer's list. */
const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

/** Finds the procedure in the designer's list and opens its version in review. */
async function openInReview(page: Page, name: string, search: string): Promise<void> {
  await page.getByLabel('Tìm thủ tục', { exact: true }).fill(search);
  await page.keyboard.press('Enter');
  await card(page, name)
    .getByRole('link', { name: /Chờ phê duyệt/ })
    .click();
  await expect.poll(() => status(page).textContent()).toContain('Chờ phê duyệt');
}

/** The approver approves the open version and publishes it (confirming, in a dialog that passes axe). */
async function approveAndPublish(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect.poll(() => status(page).textContent()).toContain('Đã phê duyệt');
  await toolbar.getByRole('button', { name: 'Công bố' }).click();
  const dialog = await dialogShown(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Công bố' }).click();
  await expect.poll(() => status(page).textContent()).toContain('Đã công bố');
}

/** The signed-in citizen finds the procedure in the portal's catalogue and opens its form. */
async function openInPortal(page: Page, name: string, search: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tìm thủ tục').fill(search);
  await page.keyboard.press('Enter');
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
    .getByRole('link', { name: 'Xem thủ tục và nộp hồ sơ' })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
}

/** From the filled form to the submitted dossier (no papers to attach): its code. */
async function submitFromForm(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Tiếp tục/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Đính kèm giấy tờ' }).waitFor();
  await page.getByRole('button', { name: /^Tiếp tục/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Kiểm tra và nộp' }).waitFor();
  await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.waitForURL(/\/ho-so\/[^/]+$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

/** The reception officer accepts the dossier (the desk's part, not this journey's). */
async function receive(server: WebServer, code: string): Promise<void> {
  const res = await act(server.app, await cookieJar(server.app)('motcua'), code, {
    action: 'accept',
    revision: 1,
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A small published-ready procedure: one field, one fee, reception then one examination, three working days. */
function procedure(code: string, name: string, fee: number): ProcedureDefinition {
  const at = (x: number) => ({ x, y: 0 });
  return {
    code,
    name: { vi: name, en: `Copy of a civil status record ${RUN}` },
    sector: 'ho-tich',
    unit: '000.01.01.H41',
    level: 'full_online',
    legalBasis: [],
    subjects: [],
    conditions: [],
    form: {
      schema: {
        type: 'object',
        properties: { fullName: { type: 'string', maxLength: 100 } },
        required: ['fullName'],
      },
      ui: { fields: { fullName: { label: { vi: 'Họ và tên người yêu cầu', en: 'Full name' } } } },
    },
    components: [],
    fees: [{ id: 'fee', kind: 'fee', label: { vi: 'Lệ phí cấp bản sao', en: 'Copy fee' }, amount: fee }],
    processingTime: { value: 3, unit: 'working_days' },
    process: {
      nodes: [
        { id: 'start', type: 'start', position: at(0) },
        { id: 'reception', type: 'reception', position: at(200) },
        { id: 'examine', type: 'task', config: { role: 'specialist' }, position: at(400) },
        { id: 'end', type: 'end', config: { outcome: 'issued' }, position: at(600) },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'reception' },
        { id: 'e2', source: 'reception', target: 'examine' },
        { id: 'e3', source: 'examine', target: 'end' },
      ],
    },
    results: [],
    settings: { supplementPolicy: 'pause' },
  };
}

/** Set-up through the API: the procedure published, and a dossier filed on it by the citizen. */
async function publishedWithDossier(server: WebServer, definition: ProcedureDefinition) {
  const jar = cookieJar(server.app);
  const call = async (login: string, url: string, payload: object = {}) => {
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie: await jar(login) },
      payload,
    });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const { id } = await call('thietke', '/procedures/drafts', { definition });
  await call('thietke', `/procedure-versions/${id}/submit`);
  await call('pheduyet', `/procedure-versions/${id}/approve`);
  await call('pheduyet', `/procedure-versions/${id}/publish`);
  const filed = await call('congdan', '/dossiers', {
    procedureCode: definition.code,
    data: { fullName: 'Trần Văn Cũ' },
  });
  return { versionId: id as string, dossier: filed.code as string };
}

/** Three people's work in one test: a loaded two-core machine needs more than the browser tests' minute. */
const JOURNEY = { timeout: 180_000 };

browserDescribe('the designer’s journeys', () => {
  it(
    'a new procedure: designed, submitted, approved, published, then applied for by a citizen',
    JOURNEY,
    async ({ page, server }) => {
      server.clock.now = T0; // a Monday, 09:00
      await page.clock.setFixedTime(T0);
      const code = `XN-${RUN}`;
      const name = `Xác nhận tình trạng hôn nhân ${RUN}`;

      // The designer creates the procedure.
      await signInThroughPage(page, 'thietke', '/designer/sign-in');
      await page.getByRole('button', { name: 'Thủ tục mới', exact: true }).click();
      const dialog = await dialogShown(page);
      await dialog.getByLabel('Mã thủ tục').fill(code);
      await dialog.getByLabel('Tên thủ tục (tiếng Việt)').fill(name);
      await dialog.getByLabel('Tên thủ tục (tiếng Anh)').fill(`Marital status certificate ${RUN}`);
      await choose(page, dialog.getByLabel('Lĩnh vực', { exact: true }), 'Hộ tịch');
      await choose(page, dialog.getByLabel('Cơ quan thực hiện', { exact: true }), 'UBND xã Một');
      await dialog.getByRole('radio', { name: 'Trực tuyến toàn trình' }).check();
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await page.waitForURL(/\/designer\/versions\/[^/]+$/);
      const versionId = new URL(page.url()).pathname.split('/').pop()!;

      // The process: reception, then an examination by a specialist, then the leader's approval, then the end.
      const step = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
      const properties = page.locator('.mc-properties');
      const palette = page.getByRole('region', { name: 'Thêm bước' });
      await step('reception').click();
      await properties.getByText('Loại bước: Tiếp nhận hồ sơ').waitFor();
      await properties.getByRole('button', { name: 'Bỏ nối tới Kết thúc' }).click();
      await palette.getByRole('button', { name: 'Xử lý', exact: true }).click();
      await properties.getByText('Loại bước: Xử lý').waitFor();
      await properties.getByLabel('Tên bước (tiếng Việt)').fill('Thẩm định hồ sơ');
      await choose(page, properties.getByRole('combobox', { name: 'Người thực hiện' }), 'Chuyên viên thụ lý');
      await properties.getByRole('spinbutton', { name: 'Thời gian cho bước này' }).fill('3');
      // With the examination chosen, the approval is added after it, joined to it.
      await palette.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
      await properties.getByText('Loại bước: Phê duyệt').waitFor();
      await properties.getByLabel('Tên bước (tiếng Việt)').fill('Lãnh đạo phê duyệt');
      await choose(page, properties.getByRole('combobox', { name: 'Người thực hiện' }), 'Lãnh đạo');
      await properties.getByRole('spinbutton', { name: 'Thời gian cho bước này' }).fill('1');
      await choose(page, properties.getByRole('combobox', { name: 'Nối tới bước…' }), 'Kết thúc');

      // The form: four fields, three of them required.
      await page.getByRole('tab', { name: 'Biểu mẫu' }).click();
      const fields: [string, string, boolean][] = [
        ['Văn bản ngắn', 'Họ và tên người yêu cầu', true],
        ['Ngày (ngày/tháng/năm)', 'Ngày sinh', true],
        ['Số định danh cá nhân (12 số)', 'Số định danh cá nhân', true],
        ['Đoạn văn dài', 'Mục đích sử dụng', false],
      ];
      for (const [kind, label, required] of fields) {
        await page.getByRole('button', { name: kind, exact: true }).click();
        await page.getByLabel('Tên trường (tiếng Việt)').fill(label);
        if (required) await page.getByLabel('Bắt buộc nhập').check();
        await page.locator('.mc-form-preview').getByText(label).first().waitFor();
      }

      // The fee, and the processing time.
      await page.getByRole('tab', { name: 'Lệ phí' }).click();
      await page.getByRole('button', { name: 'Thêm khoản thu' }).click();
      await page.getByLabel('Tên khoản thu (tiếng Việt)').fill('Lệ phí cấp giấy xác nhận');
      await page.getByLabel('Giá trị: Số tiền').fill('30000');
      await page.getByRole('tab', { name: 'Thời hạn và cài đặt' }).click();
      await page.getByRole('radio', { name: 'Cố định' }).check();
      await page.getByLabel('Số lượng').fill('5');

      // The Problems panel names what is left: the steps' English names. Choosing a problem puts the cursor there.
      await page.getByRole('tab', { name: 'Quy trình xử lý' }).click();
      const problems = page.locator('.mc-problem');
      await expect
        .poll(() => problems.allInnerTexts())
        .toEqual([
          expect.stringMatching(/^Lỗi:\s+Thẩm định hồ sơ:\s+Tên bước \(tiếng Anh\): /),
          expect.stringMatching(/^Lỗi:\s+Lãnh đạo phê duyệt:\s+Tên bước \(tiếng Anh\): /),
        ]);
      const englishNames: [string, string][] = [
        ['Thẩm định hồ sơ', 'Examine the dossier'],
        ['Lãnh đạo phê duyệt', 'Leader approves'],
      ];
      for (const [vi, en] of englishNames) {
        const problem = problems.filter({ hasText: vi });
        await problem.click();
        const english = properties.getByLabel('Tên bước (tiếng Anh)');
        await expect.poll(() => properties.getByLabel('Tên bước (tiếng Việt)').inputValue()).toBe(vi);
        await expect.poll(() => english.evaluate((e) => e === document.activeElement)).toBe(true);
        await page.keyboard.type(en);
        await expect.poll(() => problem.count()).toBe(0);
      }
      await expect.poll(() => page.locator('.mc-problems').textContent()).toContain('không có vấn đề nào');
      await page.getByRole('toolbar').getByRole('button', { name: 'Gửi duyệt' }).click();
      await expect.poll(() => status(page).textContent()).toContain('Chờ phê duyệt');

      // The approver approves and publishes it.
      await switchTo(page, 'pheduyet', '/designer/sign-in');
      await openInReview(page, name, code);
      await approveAndPublish(page);
      const live = await (await page.request.get(`/api/v1/procedures/${code}`)).json();
      expect(live.versionId).toBe(versionId);
      expect(live.definition.process.edges).toMatchObject([
        { source: 'start', target: 'reception' },
        { source: 'reception', target: 'task_1' },
        { source: 'task_1', target: 'approval_1' },
        { source: 'approval_1', target: 'end' },
      ]);

      // A citizen finds it, sees the fee and the time, fills the form and submits.
      await switchTo(page, 'congdan', '/sign-in');
      await openInPortal(page, name, 'xac nhan tinh trang hon nhan');
      const fees = page.getByRole('complementary', { name: 'Phí, lệ phí dự kiến' });
      await expect.poll(() => fees.textContent()).toContain('Tổng cộng: 30.000 ₫');
      await page.getByLabel('Họ và tên người yêu cầu').fill('Phạm Thị Lan');
      await page.getByLabel('Ngày sinh').fill('12/05/1990');
      await page.getByLabel('Số định danh cá nhân').fill('040190004321');
      await page.getByLabel('Mục đích sử dụng').fill('Đăng ký kết hôn');
      const dossier = await submitFromForm(page);

      const filed = await details(page, dossier);
      expect(filed).toMatchObject({
        versionId,
        status: 'submitted',
        data: {
          text_1: 'Phạm Thị Lan',
          date_1: '1990-05-12',
          idNumber_1: '040190004321',
          longText_1: 'Đăng ký kết hôn',
        },
        fees: { total: 30_000, items: [{ id: 'fee', amount: 30_000 }] },
      });
      // Received on Monday at 09:00: due five working days later; the examination is the specialist's.
      await receive(server, dossier);
      expect(await details(page, dossier)).toMatchObject({
        status: 'received',
        dueAt: '2026-11-30T09:00:00+07:00',
        openTasks: [{ node: 'task_1', role: 'specialist' }],
      });
      // The citizen's page of the dossier tells the date.
      await page.reload();
      await expect
        .poll(() => factsOf(page.locator('main')))
        .toMatchObject({ 'Hẹn trả kết quả': '09:00 30/11/2026' });
    },
  );

  it(
    'a fee change: a new version with another fee; filed dossiers keep the old fee, new ones get the new',
    JOURNEY,
    async ({ page, server }) => {
      server.clock.now = T0;
      await page.clock.setFixedTime(T0);
      const code = `BS-${RUN}`;
      const name = `Cấp bản sao trích lục hộ tịch ${RUN}`;
      const first = await publishedWithDossier(server, procedure(code, name, 50_000));

      // The designer makes a new version from the published one and raises the fee.
      await signInThroughPage(page, 'thietke', '/designer/sign-in');
      await page.getByLabel('Tìm thủ tục', { exact: true }).fill(code);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Tạo phiên bản mới: ${name}` }).click();
      await page.waitForURL(/\/designer\/versions\/[^/]+$/);
      await expect.poll(() => status(page).textContent()).toContain('Phiên bản 2');
      const versionId = new URL(page.url()).pathname.split('/').pop()!;
      await page.getByRole('tab', { name: 'Lệ phí' }).click();
      const amount = page.getByLabel('Giá trị: Số tiền');
      expect(await amount.inputValue()).toMatch(/^50[.,]?000$/);
      await amount.fill('70000');
      await page.getByRole('toolbar').getByRole('button', { name: 'Gửi duyệt' }).click();
      await expect.poll(() => status(page).textContent()).toContain('Chờ phê duyệt');

      // The approver sees the fee changed against the published version, approves and publishes.
      await switchTo(page, 'pheduyet', '/designer/sign-in');
      await openInReview(page, name, code);
      await page.getByRole('tab', { name: 'Xem xét' }).click();
      const change = page.locator('.mc-review-list > li').filter({ hasText: 'Lệ phí cấp bản sao' });
      await expect
        .poll(() => change.textContent())
        .toContain('Lệ phí cấp bản sao (fee): từ 50.000 ₫ thành 70.000 ₫');
      expect(await change.textContent()).toContain('Thay đổi');
      // Nothing else changed.
      expect(await page.locator('.mc-review-list > li').count()).toBe(1);
      await approveAndPublish(page);

      // A citizen applies again: the new fee before submitting, and on the dossier.
      await switchTo(page, 'congdan', '/sign-in');
      await openInPortal(page, name, code);
      const fees = page.getByRole('complementary', { name: 'Phí, lệ phí dự kiến' });
      await expect.poll(() => fees.textContent()).toContain('Tổng cộng: 70.000 ₫');
      await page.getByLabel('Họ và tên người yêu cầu').fill('Trần Văn Mới');
      const dossier = await submitFromForm(page);
      expect(await details(page, dossier)).toMatchObject({
        versionId,
        fees: { total: 70_000, items: [{ id: 'fee', amount: 70_000 }] },
      });
      // The dossier filed before keeps its version and the fee it was filed with, also when received now.
      await receive(server, first.dossier);
      expect(await details(page, first.dossier)).toMatchObject({
        versionId: first.versionId,
        status: 'received',
        fees: { total: 50_000, items: [{ id: 'fee', amount: 50_000 }] },
      });
    },
  );
});

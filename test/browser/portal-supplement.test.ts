/**
 * Answering a request for more documents in Chromium: reception asks through the API; the citizen sees the request
 * on the receipt page, opens it, reads the officer's reasons, attaches a file and sends the supplement. The dossier
 * keeps its code and goes back to the officers.
 */
import { expect } from 'vitest';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { submitOnline } from '../server/online-submission.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const REASON = 'Giấy chứng sinh chụp không rõ số, đề nghị chụp lại bản rõ nét';

browserDescribe('answering a supplement request', () => {
  it('shows the reasons, takes a file and sends the supplement; the code stays', async ({ page, server }) => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const cookie = cookieJar(server.app);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    const { code } = submitted.json<{ code: string }>();
    const asked = await server.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${code}/actions`,
      payload: { action: 'request_supplement', revision: 1, input: { reasons: [REASON] } },
      headers: { cookie: await cookie('motcua') },
    });
    expect(asked.statusCode, asked.body).toBe(200);

    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`/ho-so/${code}`);
    await page.getByText(REASON).waitFor();
    await page.getByRole('link', { name: 'Bổ sung hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: `Bổ sung hồ sơ ${code}` }).waitFor();
    await page.getByRole('main').getByText(REASON).waitFor();
    const send = page.getByRole('button', { name: /^Gửi bổ sung/ });
    expect(await send.isDisabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn tệp: Giấy chứng sinh' }).click();
    await (await chooser).setFiles({ name: 'chung-sinh-ro.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('chung-sinh-ro.pdf').waitFor();
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await send.click();

    await page.getByText('Đã gửi bổ sung. Hồ sơ tiếp tục được giải quyết.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/ho-so/${code}`);
    expect(await page.getByRole('link', { name: 'Bổ sung hồ sơ' }).count()).toBe(0);
    const detail = await (await page.request.get(`/api/v1/dossiers/${code}/details`)).json();
    expect(detail).toMatchObject({ code, status: 'submitted', supplement: null, revision: 3 });
  });
});

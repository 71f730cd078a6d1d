/**
 * The result, in Chromium: the officers bring a birth registration to its result through the API (the leader
 * uploads the signed file and issues it); the citizen downloads it from the dossier's page and rates the service;
 * the verification page its QR code opens says it is genuine, without personal data, and tells a changed copy
 * apart; axe and a phone on both pages.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { SAMPLES } from '../server/attachments-support.ts';
import { act, awaitingResult, uploadResult } from '../server/result-support.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, horizontalOverflow, signInThroughPage } from './support/pages.ts';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

browserDescribe('the portal’s result', () => {
  it('downloads the e-result, rates the service, and verifies copies on the public page', async ({
    page,
    server,
  }) => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const jar = cookieJar(server.app);
    const { code, revision } = await awaitingResult(server.app, jar);
    const file = (await uploadResult(server.app, await jar('lanhdao'), code, SAMPLES.pdf)).json();
    const issued = await act(server.app, await jar('lanhdao'), code, {
      action: 'issue_result',
      revision,
      input: { file: file.id },
    });
    expect(issued.statusCode, issued.body).toBe(200);

    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`/ho-so/${code}`);
    await page.getByRole('heading', { level: 2, name: 'Kết quả giải quyết' }).waitFor();
    const download = page.getByRole('link', { name: 'Tải kết quả (PDF)' });
    const got = await page.request.get((await download.getAttribute('href'))!);
    expect(sha(await got.body())).toBe(sha(SAMPLES.pdf));
    await page.getByRole('img', { name: `Mã QR xác thực kết quả của hồ sơ ${code}` }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Sending without a score asks for one; then four stars and a comment, once.
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Hãy chọn số sao trước khi gửi.').waitFor();
    await page.getByRole('radio', { name: '4 sao: Hài lòng' }).click();
    await page.getByLabel('Góp ý (không bắt buộc)').fill('Cán bộ hướng dẫn tận tình.');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Bạn đã đánh giá 4/5 sao. Cảm ơn bạn.').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi đánh giá' }).count()).toBe(0);
    const [rating] = await server.store.run((tx) => tx.select('ratings', {}), 'read');
    expect(rating).toMatchObject({ score: 4, comment: 'Cán bộ hướng dẫn tận tình.' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Anyone holding a copy opens the page of its QR code.
    const verifyPath = new URL(
      (await page.getByRole('link', { name: 'Mở trang xác thực kết quả' }).getAttribute('href'))!,
      server.url,
    ).pathname;
    const stranger = await page.context().browser()!.newContext({ baseURL: server.url });
    const checker = await stranger.newPage();
    await checker.goto(verifyPath);
    await checker.getByText('Kết quả này được cấp qua hệ thống.').waitFor();
    const facts = await factsOf(checker.locator('main'));
    expect(facts).toMatchObject({
      'Kết quả': 'Trích lục khai sinh',
      'Thủ tục': 'Đăng ký khai sinh',
      'Mã hồ sơ': code,
      'Mã băm SHA-256 của tệp đã cấp': sha(SAMPLES.pdf),
    });
    expect(await checker.locator('main').textContent()).not.toMatch(
      /Trần Thị Hoa|Nguyễn Văn Dân|040190001234/,
    );
    expect(await seriousA11yViolations(checker)).toEqual([]);

    const changed = Buffer.from(SAMPLES.pdf);
    changed[200] ^= 1;
    const copy = checker.getByLabel('Tệp kết quả cần đối chiếu');
    await copy.setInputFiles({ name: 'ban-sao.pdf', mimeType: 'application/pdf', buffer: changed });
    await checker.getByText('Tệp KHÔNG khớp với kết quả đã cấp').waitFor();
    await copy.setInputFiles({ name: 'ban-goc.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf });
    await checker.getByText('Tệp khớp với kết quả đã cấp: đây là bản thật.').waitFor();
    expect(await seriousA11yViolations(checker)).toEqual([]);
    await checker.setViewportSize(PHONE);
    expect(await horizontalOverflow(checker)).toBeLessThanOrEqual(0);

    // A token no result was issued under: said plainly.
    await checker.goto('/xac-thuc/khongcomaxacthucnay');
    await checker.getByText('bản bạn giữ không phải do hệ thống cấp').waitFor();
    await stranger.close();
  });
});

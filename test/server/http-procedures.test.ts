/** The public catalogue through REST: search without diacritics or case, filters, the live version. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
});
afterAll(() => server.close());

const codes = async (query: string) => {
  const res = await server.app.inject({ method: 'GET', url: `/api/v1/procedures${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { code: string }[]).map((i) => i.code).sort();
};

describe('GET /procedures', () => {
  it('lists the live procedures of the seed', async () => {
    expect(await codes('')).toEqual(['1.001193', '1.009994', '2.000720', '2.001417', 'LT-KS-TT-BHYT']);
  });

  it('finds “Đăng ký khai sinh” typed without diacritics, in any case, or with them', async () => {
    for (const q of [
      'dang ky khai sinh',
      'DANG KY KHAI SINH',
      'Đăng ký khai sinh',
      'khai  sinh',
      'ĐĂNG KÝ KHAI SINH',
    ]) {
      expect(await codes(`?q=${encodeURIComponent(q)}`), q).toEqual(['1.001193', 'LT-KS-TT-BHYT']);
    }
    expect(await codes(`?q=${encodeURIComponent('lý lịch tư pháp')}`)).toEqual(['2.001417']);
    expect(await codes(`?q=${encodeURIComponent('ly lich tu phap')}`)).toEqual(['2.001417']);
    expect(await codes(`?q=${encodeURIComponent('xay dung nha o')}`)).toEqual(['1.009994']);
    expect(await codes('?q=khong-co-thu-tuc-nay')).toEqual([]);
  });

  it('filters by sector, unit and level', async () => {
    expect(await codes('?sector=ho-tich')).toEqual(['1.001193']);
    expect(await codes('?unit=000.00.30.H41')).toEqual(['2.001417']);
    expect(await codes('?level=partial_online')).toEqual(['1.009994']);
    expect(await codes('?level=full_online&unit=000.01.01.H41&q=khai%20sinh')).toEqual([
      '1.001193',
      'LT-KS-TT-BHYT',
    ]);
  });

  it('pages', async () => {
    const page = (
      await server.app.inject({ method: 'GET', url: '/api/v1/procedures?limit=2&offset=4' })
    ).json();
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 4 });
    expect(page.items).toHaveLength(1);
  });
});

describe('GET /procedures/{code}', () => {
  it('returns the live version with its definition', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/procedures/2.001417' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.name.vi).toBe('Cấp Phiếu lý lịch tư pháp');
    expect(body.definition.code).toBe('2.001417');
    expect(body.versionId).toBeTruthy();
  });

  it('answers an unknown code with 404 and a message in both languages', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/procedures/9.999999' });
    expect(res.statusCode).toBe(404);
    const error = errorOf(res);
    expect(error.message.vi).toMatch(/9\.999999/);
    expect(error.message.en).toMatch(/9\.999999/);
  });
});

/** Steps the designer editor's browser tests share: drafts made through the API, the editor opened, the stored draft. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { signInThroughPage } from './pages.ts';

/** The live version of an example procedure. */
export async function liveVersion(page: Page, code: string): Promise<string> {
  const res = await page.request.get(`/api/v1/procedures/${code}`);
  return ((await res.json()) as { versionId: string }).versionId;
}

/** A new draft of an example procedure, copied from its live version, as the signed-in designer. */
export async function newDraft(page: Page, code: string): Promise<{ id: string; contentHash: string }> {
  const res = await page.request.post('/api/v1/procedures/drafts', {
    data: { fromVersion: await liveVersion(page, code) },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; contentHash: string };
}

/** The version as the server stores it now. */
export async function stored(
  page: Page,
  id: string,
): Promise<{ definition: ProcedureDefinition; contentHash: string }> {
  const res = await page.request.get(`/api/v1/procedure-versions/${id}`);
  return (await res.json()) as { definition: ProcedureDefinition; contentHash: string };
}

/** Signs the designer in (once per context). */
export const signInDesigner = (page: Page) =>
  signInThroughPage(page, 'thietke', '/designer/sign-in').then(() =>
    page.getByRole('heading', { level: 1, name: 'Thủ tục và các phiên bản' }).waitFor(),
  );

/** Opens a version in the editor and waits for its diagram. */
export async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/designer/versions/${id}`);
  await page.locator('.react-flow__node').first().waitFor();
}

/** The save status line, once it reads `text`. */
export const saved = (page: Page) => page.locator('.mc-save-saved').waitFor();

/** A step on the canvas. */
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/**
 * Selects a step as a keyboard user does (focus, Enter): the canvas brings it into view wherever it is. With
 * `add`, Shift is held: the step joins the selection.
 */
export async function pick(page: Page, id: string, add = false): Promise<void> {
  await node(page, id).focus();
  if (add) await page.keyboard.down('Shift');
  await page.keyboard.press('Enter');
  if (add) await page.keyboard.up('Shift');
}

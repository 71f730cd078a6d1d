import { expect } from 'vitest';
import type { Problem } from '../../../runtime/engine/problems.ts';

/** Every problem is data a designer can act on: severity, stable code, JSON pointer, both languages. */
export function wellFormed(problems: Problem[]): Problem[] {
  for (const p of problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(p.path).toMatch(/^(\/.*)?$/);
    expect(p.message.vi.trim()).not.toBe('');
    expect(p.message.en.trim()).not.toBe('');
  }
  return problems;
}

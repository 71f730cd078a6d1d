import { describe, expect, it } from 'vitest';
import { freshId, moveItem, replaceItem } from './list.ts';

describe('settings list edits', () => {
  it('moves an item up and down, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
  it('replaces one item', () => {
    expect(replaceItem([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
  });
  it('picks an id not yet taken', () => {
    expect(freshId([], 'component')).toBe('component');
    expect(freshId([{ id: 'component' }, { id: 'component_2' }], 'component')).toBe('component_3');
  });
});

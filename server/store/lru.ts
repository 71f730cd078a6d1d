/** At most `size` entries, the least recently used dropped first. */
export class Lru<K, V> {
  // Map order is insertion order: an entry used is moved last, so the first is the least recently used.
  private readonly entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  /** The entry (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** The entry, made by `make` if there was none. */
  getOrSet(key: K, make: () => V): V {
    let value = this.get(key);
    if (value === undefined) this.set(key, (value = make()));
    return value;
  }
}

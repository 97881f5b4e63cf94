/**
 * A value computed once per object and kept on the object, for objects that live as long as
 * one report (its tables, paragraphs, the report itself). Not a WeakMap: V8's young-generation
 * collector treats a WeakMap's values as live whatever their keys, so every report's tables,
 * rows and prose survived each minor collection and were promoted, about 90 kB a report, and
 * the copying was a quarter of linting one. A slot dies with its object.
 *
 * The property is a symbol, neither enumerable nor copied: JSON, structured clone (worker
 * messages), spreads and deep equality in the tests see the object as it was.
 *
 * Adding it changes the object's hidden class: set a slot on every object of a kind or on none
 * (code V8 optimised for one class is thrown away when the other comes), and for what every
 * object of a kind gets anyway, prefer a field of its own.
 */
export interface Slot<K extends object, V> {
  get(owner: K): V | undefined;
  set(owner: K, value: V): V;
}

export function objectSlot<K extends object, V>(name: string): Slot<K, V> {
  const key = Symbol(name);
  return {
    get: (owner) => (owner as Record<symbol, V | undefined>)[key],
    set: (owner, value) => {
      Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
  };
}

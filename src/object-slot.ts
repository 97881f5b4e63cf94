/**
 * A value computed once per object and kept on the object, for objects that live as long as
 * one report (its tables, paragraphs, the report itself). Not a WeakMap: V8's young-generation
 * collector treats a WeakMap's values as live whatever their keys, so every report's tables,
 * rows and prose survived each minor collection and were promoted, about 90 kB a report, and
 * the copying was a quarter of linting one. A slot dies with its object.
 *
 * The value is a private field stamped on the object (a base class whose constructor returns
 * the object it is given, so that a subclass's field lands on that object): JSON, structured
 * clone (worker messages), spreads, Object.keys and deep equality in the tests see the object
 * as it was. A symbol property made non-enumerable with Object.defineProperty did the same at
 * ~450 ns a set (a call into the runtime each time); a private field is added like any other
 * field, ~10x faster (session 15, microbenchmark).
 *
 * Adding it changes the object's hidden class: set a slot on every object of a kind or on none
 * (code V8 optimised for one class is thrown away when the other comes), and for what every
 * object of a kind gets anyway, prefer a field of its own.
 */
export interface Slot<K extends object, V> {
  readonly name: string;
  get(owner: K): V | undefined;
  set(owner: K, value: V): V;
}

/** Its constructor returns the object it is given: a subclass's fields are then defined on that object. */
class OnObject {
  constructor(owner: object) {
    return owner;
  }
}

export function objectSlot<K extends object, V>(name: string): Slot<K, V> {
  // A class per slot: each has its own private name, so two slots never share a place.
  class Stamp extends OnObject {
    #value: V;
    private constructor(owner: K, value: V) {
      super(owner);
      this.#value = value;
    }
    static get(owner: K): V | undefined {
      return #value in owner ? (owner as unknown as Stamp).#value : undefined;
    }
    static set(owner: K, value: V): V {
      if (#value in owner) (owner as unknown as Stamp).#value = value;
      else new Stamp(owner, value);
      return value;
    }
  }
  return { name, get: Stamp.get, set: Stamp.set };
}

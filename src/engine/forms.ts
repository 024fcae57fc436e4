/**
 * Interned word forms. Every token's text (URLs and the like aside) is
 * looked up in one table while the tokenizer scans it, by a hash computed on
 * the fly, so a word seen before costs no new string; rules compare forms,
 * and what depends on a form alone (its lowercase, which rules it can
 * trigger, its lexicon classes) is worked out once per form and remembered.
 *
 * One table serves every document of a process or isolate until it holds
 * FORM_LIMIT forms; the next document then starts a new one (documents keep
 * the table they were built with).
 */

const FORM_LIMIT = 200_000;
const FNV_PRIME = 0x01000193;
export const FNV_BASIS = 0x811c9dc5 | 0;

/** The hash the tokenizer computes while scanning: FNV-1a over UTF-16 code units. */
export function hashUnits(text: string, start: number, end: number): number {
  let hash = FNV_BASIS;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

export class FormTable {
  /** The form's text, by id. */
  readonly texts: string[] = [];
  private hashes = new Int32Array(1024);
  /** Id of the form's lowercase, or -1 until asked. */
  private lowers = new Int32Array(1024).fill(-1);
  /** Open addressing: form id + 1, 0 when empty. */
  private slots = new Int32Array(2048);
  /** Per-form values other modules remember (see `memo`). */
  private readonly memos = new Map<object, unknown[]>();

  get size(): number {
    return this.texts.length;
  }

  /** Id of `text.slice(start, end)`, whose hash is `hash` (see hashUnits). */
  intern(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.insert(text.slice(start, end), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const form = this.texts[id]!;
      if (form.length !== length) continue;
      let i = 0;
      while (i < length && form.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return id;
    }
  }

  /** Id of a whole string. */
  internString(form: string): number {
    return this.intern(form, 0, form.length, hashUnits(form, 0, form.length));
  }

  /** Id of the lowercase of form `id`. */
  lower(id: number): number {
    let lower = this.lowers[id]!;
    if (lower < 0) {
      const text = this.texts[id]!;
      const lowered = text.toLowerCase();
      lower = lowered === text ? id : this.internString(lowered);
      this.lowers[id] = lower;
    }
    return lower;
  }

  /** The remembered values of `memo` for this table (see FormMemo). */
  valuesOf(memo: object): unknown[] {
    let values = this.memos.get(memo);
    if (values === undefined) {
      values = [];
      this.memos.set(memo, values);
    }
    return values;
  }

  private insert(form: string, hash: number, slot: number): number {
    const id = this.texts.length;
    this.texts.push(form);
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const lowers = new Int32Array(this.lowers.length * 2).fill(-1);
      lowers.set(this.lowers);
      this.lowers = lowers;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.texts.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.texts.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/**
 * A value computed from a form's text once and remembered with the form
 * (in the table the form belongs to): `new FormMemo(compute)` once per kind of
 * value, then `memo.get(forms, id)`. `compute` must not return undefined.
 */
export class FormMemo<T> {
  private table: FormTable | undefined;
  private values: T[] = [];

  constructor(private readonly compute: (form: string) => T) {}

  get(forms: FormTable, id: number): T {
    if (forms !== this.table) {
      this.table = forms;
      this.values = forms.valuesOf(this) as T[];
    }
    let value = this.values[id];
    if (value === undefined) {
      value = this.compute(forms.texts[id]!);
      this.values[id] = value;
    }
    return value;
  }
}

let shared = new FormTable();

/** The table the next document uses: the shared one, or a fresh one once it is full. */
export function formTable(): FormTable {
  if (shared.size > FORM_LIMIT) shared = new FormTable();
  return shared;
}

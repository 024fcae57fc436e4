/**
 * The trigger index: one pass over the tokens and one over the characters
 * of a document find, for all the rules of a run together, where each rule's
 * trigger fires (see `Trigger` in rule.ts). A rule whose trigger does not
 * fire is not called.
 *
 * What a token triggers depends only on its form and kind: for each distinct
 * form, the list of triggers it fires is worked out once and remembered in
 * the form table, so the token pass costs a lookup per token. Characters go
 * through a table of the trigger characters.
 */
import { classAt, LETTER, MARK } from "./char-class.js";
import type { Document } from "./document.js";
import type { Hits, Rule } from "./rule.js";
import { Kind } from "./tokenize.js";
import { FormMemo } from "./forms.js";

interface CompiledTrigger {
  slot: number;
  words: ReadonlySet<string> | undefined;
  lowerWords: ReadonlySet<string> | undefined;
  forms: ((word: string) => boolean) | undefined;
  kinds: readonly number[];
  chars: string;
  lines: boolean;
}

const compiled = new WeakMap<Rule, CompiledTrigger>();
const slots: CompiledTrigger[] = [];
/** What each form fires, remembered with the forms: replaced whenever a trigger is added, so forms are judged again against all of them. */
let fired = new FormMemo(formSlots);
/** Character → 1 + index into charGroups (0: no trigger). */
const charGroup = new Uint16Array(0x10000);
/** Lists of trigger slots sharing the same characters. */
const charGroups: number[][] = [];
const NONE: readonly number[] = [];

function compile(rule: Rule): CompiledTrigger {
  let trigger = compiled.get(rule);
  if (trigger !== undefined) return trigger;
  const t = rule.trigger;
  trigger = {
    slot: slots.length,
    words: t.words === undefined ? undefined : new Set(t.words),
    lowerWords: t.lowerWords === undefined ? undefined : new Set(t.lowerWords),
    forms: t.forms,
    kinds: (t.kinds ?? []).map((kind) => Kind[kind]),
    chars: t.chars ?? "",
    lines: t.lines === true,
  };
  slots.push(trigger);
  compiled.set(rule, trigger);
  if (trigger.words || trigger.lowerWords || trigger.forms) fired = new FormMemo(formSlots);
  for (const char of new Set(trigger.chars)) {
    const code = char.charCodeAt(0);
    if (char.length !== 1) throw new Error(`rule ${rule.id}: trigger character ${JSON.stringify(char)} is outside the Basic Multilingual Plane`);
    const group = charGroup[code]!;
    charGroups.push([...(group === 0 ? [] : charGroups[group - 1]!), trigger.slot]);
    charGroup[code] = charGroups.length;
  }
  return trigger;
}

/** The triggers a form fires (its text: word triggers; word forms: class triggers). */
function formSlots(form: string): readonly number[] {
  let found: number[] | undefined;
  let lower: string | undefined;
  let word: boolean | undefined;
  for (const trigger of slots) {
    let fires = trigger.words?.has(form) === true;
    if (!fires && trigger.lowerWords !== undefined) fires = trigger.lowerWords.has((lower ??= form.toLowerCase()));
    if (!fires && trigger.forms !== undefined) {
      word ??= (classAt(form, 0) & (LETTER | MARK)) !== 0;
      fires = word && trigger.forms(form);
    }
    if (fires) (found ??= []).push(trigger.slot);
  }
  return found ?? NONE;
}

/**
 * Where each rule's trigger fires in `doc`: one entry per rule, `undefined`
 * when it does not fire (the rule need not run). Rules that judge lines get
 * empty hits whenever the document has a line.
 */
export function findHits(doc: Document, rules: readonly Rule[]): (Hits | undefined)[] {
  const triggers = rules.map(compile);
  const active = new Uint8Array(slots.length);
  const tokens: number[][] = [];
  const offsets: number[][] = [];
  const byKind: number[][] = Array.from({ length: 11 }, () => []);
  let anyWords = false;
  let anyChars = false;
  for (const trigger of triggers) {
    active[trigger.slot] = 1;
    tokens[trigger.slot] = [];
    offsets[trigger.slot] = [];
    for (const kind of trigger.kinds) byKind[kind]!.push(trigger.slot);
    anyWords ||= trigger.words !== undefined || trigger.lowerWords !== undefined || trigger.forms !== undefined;
    anyChars ||= trigger.chars !== "";
  }

  const { tokenCount, tokenKind, tokenForm, forms } = doc;
  const memo = fired;
  for (let i = 0; i < tokenCount; i++) {
    const kindSlots = byKind[tokenKind[i]!]!;
    for (let s = 0; s < kindSlots.length; s++) tokens[kindSlots[s]!]!.push(i);
    const form = tokenForm[i]!;
    if (!anyWords || form < 0) continue;
    const slotsOfForm = memo.get(forms, form);
    for (let s = 0; s < slotsOfForm.length; s++) {
      const slot = slotsOfForm[s]!;
      if (active[slot] === 0) continue;
      const list = tokens[slot]!;
      if (list[list.length - 1] !== i) list.push(i);
    }
  }

  if (anyChars) {
    const text = doc.text;
    for (let at = 0; at < text.length; at++) {
      const group = charGroup[text.charCodeAt(at)]!;
      if (group === 0) continue;
      const members = charGroups[group - 1]!;
      for (let s = 0; s < members.length; s++) if (active[members[s]!] === 1) offsets[members[s]!]!.push(at);
    }
  }

  return triggers.map((trigger) => {
    const hits = { tokens: tokens[trigger.slot]!, offsets: offsets[trigger.slot]! };
    if (hits.tokens.length > 0 || hits.offsets.length > 0 || (trigger.lines && doc.lines.length > 0)) return hits;
    return undefined;
  });
}

// Training corpus format (used only by scripts/train-understand.ts; never bundled by the engine).
//
// A template expands to many sentences: `{a|b|c}` picks one alternative (`{a|}` makes a part optional),
// and slots are filled from the language's vocabulary: $P product, $C colour, $S size, $N small number,
// $CITY city, $PHONE phone number, $ID an order id written in one of the ways buyers write it.
import type { Intent } from '../../intents';
import type { Language } from '../../markets';

export type IntentTemplates = Record<Intent, string[]>;

export interface Slots {
  P: string[];
  C: string[];
  S: string[];
  CITY: string[];
}

export interface LanguageCorpus {
  language: Language;
  slots: Slots;
  templates: IntentTemplates;
  // word-level rewrites applied at random to imitate how buyers type (abbreviations, dropped accents)
  abbreviations?: Array<[string, string]>;
}

// Code-switched examples: the dominant language, the intent and the template (slots come from `slotsOf`).
export type MixedTemplate = [language: Language, intent: Intent, template: string];

// The built-in engine's data in one JSON-serialisable object: the cue lexicon (cues.ts), the language
// detector's word lists (language-words.ts) and the generated models (model.ts). Node code (npm start,
// tests, the CLI and the bench) gets it through index.ts; the PWA build writes it to
// dist/ai/understanding.json for the Worker (scripts/vite-ai-assets.ts). Never import this from the
// Worker: it is the ~28 KB (gzip) the Worker leaves out of its bundle.
import {
  ANGRY_CUES,
  ANY_QUESTION,
  DELIGHT,
  DOUBLE_CHARGE_CUES,
  FILLER_OTHER,
  FILLER_WORDS,
  GREETING_OTHER,
  GREETING_WORDS,
  INJECTION_CUES,
  INTENT_CUES,
  LEGAL_CUES,
  NEGATIVE_CUES,
  NOT_DEDUCTED,
  POSITIVE_CUES,
  QUESTION,
  SAFETY_CUES,
  SHOUT_OK,
} from './cues';
import { UNDERSTANDING_DATA_FORMAT, type UnderstandingData } from './data-format';
import { LANGUAGE_WORDS } from './language-words';
import { INTENT_MODEL, LANGUAGE_MODEL } from './model';

export const UNDERSTANDING_DATA: UnderstandingData = {
  format: UNDERSTANDING_DATA_FORMAT,
  cues: {
    intents: INTENT_CUES,
    greetingWords: GREETING_WORDS,
    greetingOther: GREETING_OTHER,
    fillerWords: FILLER_WORDS,
    fillerOther: FILLER_OTHER,
    legal: LEGAL_CUES,
    safety: SAFETY_CUES,
    doubleCharge: DOUBLE_CHARGE_CUES,
    angry: ANGRY_CUES,
    injection: INJECTION_CUES,
    negative: NEGATIVE_CUES,
    positive: POSITIVE_CUES,
    question: QUESTION,
    anyQuestion: ANY_QUESTION,
    notDeducted: NOT_DEDUCTED,
    delight: DELIGHT,
    shoutOk: SHOUT_OK,
  },
  language: LANGUAGE_WORDS,
  models: { intent: INTENT_MODEL, language: LANGUAGE_MODEL },
};

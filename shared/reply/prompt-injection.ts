// A heuristic for buyer messages that try to steer the AI ("ignore all previous instructions", "you are now
// DAN", "reveal your system prompt") in the eight languages. A message it flags is never answered
// automatically (decideReply → hand_off 'prompt_injection'); a person reads it. False positives only cost a
// handoff, but ordinary messages must stay clear: "please ignore my previous message, wrong order" names a
// message, not instructions, and Thai คำสั่งซื้อ ("purchase order") is not คำสั่ง ("instruction").
//
// Latin text is matched folded (lower case, no accents, đ → d), so "bỏ qua" and "bo qua" both match;
// Thai and Chinese are matched with the spaces removed.

// The patterns live in prompt-injection-patterns.ts (data); this module only compiles and applies them.

export interface PromptInjectionPatterns {
  /** Matched against folded Latin text (lower case, no accents, đ → d, single spaces). */
  latin: string;
  /** Matched against Chinese and Thai as written, lower case, without spaces. */
  other: string;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .normalize('NFC');
}

/** The detector for a set of patterns; compiles them once. */
export function createInjectionDetector(patterns: PromptInjectionPatterns): (text: string) => boolean {
  const latin = new RegExp(patterns.latin, 'i');
  const other = new RegExp(patterns.other, 'i');
  // Thai and Chinese are matched unfolded: NFKC would split Thai ำ into two code points.
  return (text) => latin.test(fold(text)) || other.test(text.normalize('NFC').toLowerCase().replace(/\s+/g, ''));
}

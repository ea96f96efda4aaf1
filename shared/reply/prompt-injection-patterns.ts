// The patterns of the prompt-injection heuristic (prompt-injection.ts), as regular-expression sources: data,
// so the Worker loads them from its AI assets (docs/decisions/003) instead of carrying them in its bundle.
// Node binds them in shared/reply/index.ts.
import type { PromptInjectionPatterns } from './prompt-injection';

// The words that make "ignore / forget …" or "you are now / act as …" about the assistant. Latin text is
// folded first (below), so a single space stands for any run of whitespace.
const AI =
  '(?:ai|ia|a\\.i\\.|assistant|asisten|asistente|pembantu|tro ly|(?:chat)?bot|robot|(?:chat)?gpt|dan|llm|modelo?|developer|desarrollador|admin(?:istrator|istrador)?|sistema?|system|he thong|quan tri(?: vien)?|un(?:restricted|filtered)|jailbroken|grand(?:ma|mother)|abuela)';
const W = "(?:[\\w'-]+ ){0,3}?";

const LATIN = new RegExp(
  `\\b(?:${[
    // English
    '(?:ignore|disregard|forget|override|bypass)\\b[^.!?\\n]{0,30}\\b(?:instructions?|prompts?|directives|programming)',
    '(?:ignore|disregard|forget|override|bypass) (?:all )?(?:of )?(?:your|previous|prior|above|earlier) (?:rules|guidelines|policies)',
    '(?:system|initial|hidden|original) prompt',
    `you(?:'re| are) now (?:an? |in |the )?${W}(?:${AI}|mode)`,
    `(?:(?:act|behave|respond|role-?play) as|pretend (?:to be|you are|you're)) (?:if you (?:are|were) )?(?:an? |my |the )?${W}${AI}`,
    'jailbreak|dan mode|developer mode|do anything now',
    '(?:reveal|print|repeat|output|leak|show) (?:me )?(?:your|the) (?:system |initial |hidden )?(?:prompt|instructions you)',
    // Indonesian and Malay
    '(?:abaikan|lupakan|acuhkan|(?:jangan )?hiraukan|jangan ikuti) (?:semua |seluruh )?(?:instruksi|perintah|arahan|prompt)',
    'prompt sistem|sistem prompt',
    `(?:kamu|anda|awak|kau) (?:sekarang|kini) (?:adalah|ialah|jadi|menjadi) ${W}${AI}`,
    `(?:bertindak|berperan|berlakon|(?:ber)?pura-pura) (?:sebagai|jadi|menjadi) ${W}${AI}`,
    // Vietnamese
    '(?:bo qua|phot lo|quen|lo di|khong can quan tam) (?:het |tat ca |moi |toan bo )?(?:cac |nhung )?(?:huong dan|chi dan|chi thi|cau lenh|lenh|prompt)',
    'prompt he thong',
    `(?:(?:bay gio|tu gio) (?:ban|may|em) (?:la|dong vai)|dong vai|gia vo la|gia lam) ${W}${AI}`,
    // Spanish
    '(?:ignor|olvid|omit)[ae]n? (?:todas? )?(?:las |tus |sus )?(?:instrucciones|indicaciones|directrices)',
    '(?:prompt|instrucciones) del sistema|modo desarrollador',
    `(?:ahora|a partir de ahora) (?:tu )?eres (?:una? )?${W}${AI}`,
    `(?:actua|actue|finge|finja) (?:como|que eres|ser) (?:si fueras )?(?:una? |mi )?${W}${AI}`,
    // Filipino / Taglish
    "(?:huwag|wag|hwag|kalimutan|i-?ignore) (?:mo |nyo |n'yo )?(?:na )?(?:pansinin |sundin )?(?:ang |yung |lahat ng |mga )*(?:naunang |dating |previous )?(?:instructions?|utos|tagubilin)",
    `(?:ikaw (?:na )?ngayon|mula ngayon ikaw|magpanggap (?:ka )?(?:na|bilang)) (?:ay )?(?:isang )?${W}${AI}`,
  ].join('|')})\\b` +
    // Chat-template markers pasted into a message
    '|<\\|(?:im_start|system|endoftext)\\|>|\\[\\/?inst\\]|\\[system\\]|<\\/?system>|### ?(?:instruction|system)',
  'i',
);

const OTHER = new RegExp(
  [
    // Chinese (simplified and traditional)
    '(?:忽略|无视|無視|忘记|忘記|不要理会|不要理會|别管|別管)掉?你?(?:之前|以前|先前|上面|以上|前面|所有|全部|你的|系统|系統)?的?(?:所有|全部)?的?(?:指令|指示|提示词|提示詞|提示|规则|規則|设定|設定|命令)',
    '系统提示|系統提示|开发者模式|開發者模式|越狱|越獄',
    '你(?:现在|現在|从现在开始|從現在開始)(?:是|就是|变成|變成).{0,10}?(?:ai|人工智能|机器人|機器人|助手|gpt|dan|开发者|開發者|管理员|管理員)',
    '(?:扮演|假装|假裝).{0,8}?(?:ai|人工智能|机器人|機器人|助手|gpt|管理员|管理員|开发者|開發者|系统|系統)',
    // Thai (คำสั่งซื้อ is a purchase order, not an instruction)
    '(?:ไม่ต้องสนใจ|ไม่ต้องสน|เพิกเฉย|ละเว้น|ลืม|มองข้าม)(?:ต่อ)?(?:ทุก)?(?:คำสั่ง(?!ซื้อ)|คำแนะนำ|ข้อกำหนด|กฎ|พรอมต์)',
    'พรอมต์ระบบ|ข้อความระบบ|โหมดนักพัฒนา|เจลเบรก',
    '(?:ตอนนี้คุณ(?:คือ|เป็น)|สวมบทบาท|แกล้งทำเป็น|ทำตัวเป็น).{0,10}?(?:ai|เอไอ|ผู้ช่วย|บอท|แชทบอท|gpt|ผู้ดูแลระบบ|นักพัฒนา)',
  ].join('|'),
  'i',
);

export const PROMPT_INJECTION_PATTERNS: PromptInjectionPatterns = { latin: LATIN.source, other: OTHER.source };

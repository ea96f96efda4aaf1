// The AI engine with its data bundled in: the cue lexicon, the models, all eight language packs, the
// ticket notice texts and the holiday table are imported as modules. For Node — npm start, tests, the CLI — where bundle size does not matter and there
// is no ASSETS binding. NEVER import this from worker/index.ts: it is the ~50 KB (gzip) the Cloudflare
// bundle leaves out (docs/decisions/003-ai-data-as-assets.md); the Worker uses createAssetEngineLoader.
import { PACKS } from '../../shared/reply/templates';
import { TICKET_NOTICES } from '../../shared/tickets/notices';
import { PROMPT_INJECTION_PATTERNS } from '../../shared/reply/prompt-injection-patterns';
import { BUILT_IN_HOLIDAYS } from '../../shared/time/holiday-table';
import { UNDERSTANDING_DATA } from '../../shared/understand/data';
import { buildAiEngine, cachedLoader, type AiEngine, type AiEngineLoader } from './engine-loader';

/** The same engine the asset loader builds, synchronously, from the bundled data. */
export function createBundledEngine(): AiEngine {
  return buildAiEngine(UNDERSTANDING_DATA, PACKS, TICKET_NOTICES, BUILT_IN_HOLIDAYS, PROMPT_INJECTION_PATTERNS, 'bundled');
}

export function createBundledEngineLoader(): AiEngineLoader {
  return cachedLoader(async () => createBundledEngine());
}

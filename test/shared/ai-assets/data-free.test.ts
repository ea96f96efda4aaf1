// The engines the Worker bundles hold no data: nothing they import, even for types, is the cue lexicon,
// the models, the language word lists, a language pack, the ticket notice texts or the holiday table. Those reach the Worker
// only as dist/ai/ assets.
import { describe, expect, it } from 'vitest';
import { DATA_MODULE, reachableFiles } from './graph';

const DATA_FREE = [
  'shared/understand/engine.ts',
  'shared/understand/data-format.ts',
  'shared/reply/engine.ts',
  'shared/reply/pack.ts',
  'shared/reply/decide.ts',
  'shared/reply/prompt-injection.ts',
  'shared/tickets/notice-format.ts',
  'shared/time/holidays.ts',
  'worker/pipeline/route.ts',
  'worker/routes/members.ts',
  'worker/ai/engine-loader.ts',
  'worker/ai/asset-format.ts',
];

describe('data-free modules', () => {
  it.each(DATA_FREE)('%s reaches no data module', (entry) => {
    const files = reachableFiles(entry);
    expect(files).toContain(entry);
    expect(files.filter((f) => DATA_MODULE.test(f))).toEqual([]);
  });

  it('the bundled loader and the public APIs do reach the data (the check sees what it should)', () => {
    const bundled = reachableFiles('worker/ai/bundled-engine-loader.ts');
    for (const data of ['shared/understand/cues.ts', 'shared/understand/model.ts', 'shared/understand/language-words.ts', 'shared/reply/templates/th.ts', 'shared/tickets/notices.ts', 'shared/time/holiday-table.ts', 'shared/reply/prompt-injection-patterns.ts']) {
      expect(bundled).toContain(data);
    }
    expect(reachableFiles('shared/understand/index.ts')).toContain('shared/understand/model.ts');
    expect(reachableFiles('shared/reply/index.ts')).toContain('shared/reply/templates/zh.ts');
  });
});

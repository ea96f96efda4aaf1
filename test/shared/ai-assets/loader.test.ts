// The Worker's asset loader: one fetch of each file per isolate, clear errors naming the file for every
// way an asset can be missing or broken, and a retry (not a cached failure) once the asset is back.
import { describe, expect, it } from 'vitest';
import { parseLanguagePack } from '../../../shared/reply/pack';
import { PACKS } from '../../../shared/reply/templates';
import { UNDERSTANDING_DATA } from '../../../shared/understand/data';
import { parseUnderstandingData } from '../../../shared/understand/data-format';
import { LANGUAGES } from '../../../shared/markets';
import { parseTicketNotices } from '../../../shared/tickets/notice-format';
import { builtInHolidayCalendar } from '../../../shared/time/holiday-table';
import { isHoliday } from '../../../shared/time/holidays';
import { renderNotice, TICKET_NOTICES } from '../../../shared/tickets/notices';
import { AiAssetError, createAssetEngineLoader } from '../../../worker/ai/engine-loader';
import { makeContext, understanding } from '../reply/support';
import { memoryAssets } from './support';

const ALL_FILES = ['/ai/manifest.json', '/ai/understanding.json', '/ai/ticket-notices.json', '/ai/prompt-injection.json', '/ai/holidays.json', ...LANGUAGES.map((l) => `/ai/reply-${l}.json`)];

describe('createAssetEngineLoader', () => {
  it('fetches the manifest and each file once, and builds the engine once per loader', async () => {
    const assets = memoryAssets();
    const loader = createAssetEngineLoader(assets.fetchAsset);
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    const c = await loader.load();
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect([...assets.calls].sort()).toEqual([...ALL_FILES].sort());
    expect(assets.calls[0]).toBe('/ai/manifest.json');
  });

  it('loads only the reply languages asked for; composeReply names a language it has no pack for', async () => {
    const assets = memoryAssets();
    const engine = await createAssetEngineLoader(assets.fetchAsset, { languages: ['en', 'th'] }).load();
    expect(assets.calls.filter((p) => p.includes('reply-')).sort()).toEqual(['/ai/reply-en.json', '/ai/reply-th.json']);
    expect(engine.languages).toEqual(['en', 'th']);
    expect(engine.composeReply(understanding('greeting', 'th'), makeContext('th')).language).toBe('th');
    expect(() => engine.composeReply(understanding('greeting', 'vi'), makeContext('vi'))).toThrow(/no reply language pack for "vi" \(this writer has: en, th\)/);
    // The ticket notices are one file, every language in it.
    expect(engine.ticketNotice('refund_approved', 'vi', { orderId: '1' })).toBe(renderNotice('refund_approved', 'vi', { orderId: '1' }));
    expect(engine.holidays).toEqual(builtInHolidayCalendar()); // the same dates as Node's table
    expect(isHoliday(engine.holidays, 'ID', '2026-08-17')).toBe(true);
  });

  it('a missing manifest is an error naming it, and the next load retries and succeeds once it is back', async () => {
    const assets = memoryAssets();
    const manifest = assets.files.get('manifest.json');
    assets.set('manifest.json', undefined);
    const loader = createAssetEngineLoader(assets.fetchAsset);
    const error = await loader.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiAssetError);
    expect((error as AiAssetError).file).toBe('/ai/manifest.json');
    expect((error as Error).message).toMatch(/^AI asset \/ai\/manifest\.json: HTTP 404 \(missing/);
    assets.set('manifest.json', manifest);
    const engine = await loader.load();
    expect(engine.understand('where is my order?').intent).toBe('order_status');
  });

  it('a missing language pack is an error naming the file; restored, the retry succeeds', async () => {
    const assets = memoryAssets();
    const th = assets.files.get('reply-th.json');
    assets.set('reply-th.json', undefined);
    const loader = createAssetEngineLoader(assets.fetchAsset);
    await expect(loader.load()).rejects.toThrow('AI asset /ai/reply-th.json: HTTP 404');
    assets.set('reply-th.json', th);
    await expect(loader.load()).resolves.toMatchObject({ source: 'assets' });
  });

  it('missing ticket notices are an error naming the file; restored, the retry succeeds', async () => {
    const assets = memoryAssets();
    const notices = assets.files.get('ticket-notices.json');
    assets.set('ticket-notices.json', undefined);
    const loader = createAssetEngineLoader(assets.fetchAsset);
    await expect(loader.load()).rejects.toThrow('AI asset /ai/ticket-notices.json: HTTP 404');
    assets.set('ticket-notices.json', notices);
    await expect(loader.load()).resolves.toMatchObject({ source: 'assets' });
  });

  it('says so when a missing file comes back as index.html (the single-page-application fallback)', async () => {
    const assets = memoryAssets();
    assets.spaFallback = true;
    assets.set('understanding.json', undefined);
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow(/\/ai\/understanding\.json: got HTML instead of JSON/);
    assets.set('manifest.json', undefined);
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow(/\/ai\/manifest\.json: got HTML instead of JSON/);
  });

  it('a file that does not match the manifest (stale or partial deploy) is an error naming it', async () => {
    const assets = memoryAssets();
    const original = assets.files.get('reply-vi.json') as string;
    assets.set('reply-vi.json', original.replace('Các mã giảm giá hiện có:', 'Mã giảm giá:'));
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow(/\/ai\/reply-vi\.json: is \d+ bytes, the manifest says \d+/);
    assets.set('reply-vi.json', original.replace('ạ', 'ả')); // same size, other bytes
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow(/\/ai\/reply-vi\.json: content does not match the manifest's sha256/);
  });

  it('corrupt JSON is an error naming the file, even with a manifest that matches it', async () => {
    const assets = memoryAssets();
    const text = assets.files.get('understanding.json') as string;
    assets.set('understanding.json', text.slice(0, 5000));
    assets.restamp();
    const loader = createAssetEngineLoader(assets.fetchAsset);
    await expect(loader.load()).rejects.toThrow(/^AI asset \/ai\/understanding\.json: is not valid JSON/);
    assets.set('understanding.json', text);
    assets.restamp();
    await expect(loader.load()).resolves.toMatchObject({ source: 'assets' });
  });

  it('well-formed JSON of the wrong shape is an error naming the file and the field', async () => {
    const cases: Array<[string, (v: Record<string, any>) => void, RegExp]> = [
      ['understanding.json', (v) => v.models.intent.classes.reverse(), /understanding\.json: models\.intent\.classes: expected exactly \[order_status, /],
      ['understanding.json', (v) => delete v.cues.intents.cancel_order, /understanding\.json: cues\.intents\.cancel_order: expected a list of cue entries/],
      ['understanding.json', (v) => (v.cues.intents.payment[0][1] = '(unclosed'), /understanding\.json: cues\.intents\.payment\[0\]: Invalid regular expression/],
      ['understanding.json', (v) => (v.format = 2), /understanding\.json: format: expected 1/],
      ['understanding.json', (v) => (v.language.markers.ms = 'tak nak'), /understanding\.json: language\.markers\.ms: expected "word:weight …"/],
      ['reply-es.json', (v) => delete v.cpIntro, /reply-es\.json: cpIntro: expected a string \(missing\)/],
      ['reply-es.json', (v) => (v.hello = ['only one']), /reply-es\.json: hello: expected a string or \[formal, warm, friendly\?\]/],
      ['reply-es.json', (v) => delete v.status.IN_TRANSIT, /reply-es\.json: status: expected a text per order status/],
      ['reply-zh.json', (v) => (v.coupon = '• {desc}'), /reply-zh\.json: coupon: expected \{ plain, code, until, both \}/],
      ['ticket-notices.json', (v) => delete v.tl, /ticket-notices\.json: tl: expected the notices of that language \(missing\)/],
      ['ticket-notices.json', (v) => delete v.th.refund_approved, /ticket-notices\.json: th\.refund_approved: expected a string \(missing\)/],
      ['ticket-notices.json', (v) => (v.es.order = 'su pedido'), /ticket-notices\.json: es\.order: expected two strings/],
      ['ticket-notices.json', (v) => (v.id.review = ['a', 'b']), /ticket-notices\.json: id\.review: expected a string$/],
      ['prompt-injection.json', (v) => (v.latin = '(unclosed'), /prompt-injection\.json: Invalid regular expression/],
      ['prompt-injection.json', (v) => delete v.other, /prompt-injection\.json: other: expected a regular expression source/],
      ['holidays.json', (v) => (v.GB = ['2026-12-25']), /holidays\.json: GB: expected holiday name → dates text/],
      ['holidays.json', (v) => (v.GB['Christmas Day'] = '2026-13-25'), /holidays\.json: bad holiday date "2026-13-25"/],
    ];
    for (const [file, corrupt, message] of cases) {
      const assets = memoryAssets();
      const value = JSON.parse(assets.files.get(file) as string) as Record<string, any>;
      corrupt(value);
      assets.set(file, JSON.stringify(value));
      assets.restamp();
      await expect(createAssetEngineLoader(assets.fetchAsset).load(), String(message)).rejects.toThrow(message);
    }
  });

  it('a manifest of another format, or one that does not list a file, is an error', async () => {
    const assets = memoryAssets();
    const manifest = JSON.parse(assets.files.get('manifest.json') as string) as { format: number; files: Record<string, unknown> };
    assets.set('manifest.json', JSON.stringify({ ...manifest, format: 1 }));
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow(/\/ai\/manifest\.json: format: expected 3 \(this Worker's\), got 1/);
    delete manifest.files['reply-tl.json'];
    assets.set('manifest.json', JSON.stringify(manifest));
    await expect(createAssetEngineLoader(assets.fetchAsset).load()).rejects.toThrow('AI asset /ai/reply-tl.json: not listed in /ai/manifest.json');
  });

  it('a fetch that throws is an error naming the file', async () => {
    const assets = memoryAssets();
    const loader = createAssetEngineLoader(async (path) => {
      if (path.endsWith('reply-ms.json')) throw new TypeError('network connection lost');
      return assets.fetchAsset(path);
    });
    await expect(loader.load()).rejects.toThrow('AI asset /ai/reply-ms.json: could not be fetched (network connection lost)');
  });
});

describe('the data checks accept the real data', () => {
  it('parseUnderstandingData, parseLanguagePack and parseTicketNotices pass the bundled data, which survives JSON', () => {
    expect(parseUnderstandingData(JSON.parse(JSON.stringify(UNDERSTANDING_DATA)))).toStrictEqual(UNDERSTANDING_DATA);
    for (const language of LANGUAGES) expect(parseLanguagePack(JSON.parse(JSON.stringify(PACKS[language])))).toStrictEqual(PACKS[language]);
    expect(parseTicketNotices(JSON.parse(JSON.stringify(TICKET_NOTICES)))).toStrictEqual(TICKET_NOTICES);
  });
});

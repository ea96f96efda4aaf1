// Shown when a new build is installed and waiting (pwa/register-sw.ts). Updating reloads the page, so the
// person decides when — never in the middle of typing a reply.
import { Show } from 'solid-js';
import { t } from '../i18n';
import { useUpdatePrompt } from '../pwa/register-sw';

export function UpdateBanner() {
  const prompt = useUpdatePrompt();
  return (
    <Show when={prompt.updateReady()}>
      <div class="toast" role="status">
        <span>{t('app.updateReady')}</span>
        <button type="button" class="button small" onClick={() => prompt.update()}>
          {t('app.updateAction')}
        </button>
        <button type="button" class="button small ghost" onClick={() => prompt.dismiss()}>
          {t('app.dismiss')}
        </button>
      </div>
    </Show>
  );
}

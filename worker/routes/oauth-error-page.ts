// The page a seller lands on when connecting a shop fails: what happened and what to do, in English and
// Simplified Chinese (this page is served before the app loads, so it cannot use the app's i18n).
import type { Context } from 'hono';

const REASONS = {
  declined: ['You declined the authorization in TikTok Shop, so no shop was connected.', '您在 TikTok Shop 拒绝了授权，未连接任何店铺。'],
  signed_out: ['Your AskChat session has ended. Sign in again, then connect the shop from Settings → Shops.', '您的 AskChat 登录已过期。请重新登录，然后在“设置 → 店铺”中连接店铺。'],
  no_state: ['This authorization did not start from AskChat. Open AskChat, go to Settings → Shops and choose “Connect a shop”.', '此授权并非从 AskChat 发起。请打开 AskChat，进入“设置 → 店铺”，点击“连接店铺”。'],
  state_expired: ['The connection request expired (it is valid for 10 minutes). Start again from Settings → Shops.', '连接请求已过期（有效期 10 分钟）。请在“设置 → 店铺”重新开始。'],
  state_used: ['This connection link was already used. Start again from Settings → Shops.', '此连接链接已被使用。请在“设置 → 店铺”重新开始。'],
  state_invalid: ['The connection request is not valid for this browser session. Start again from Settings → Shops.', '此连接请求对当前浏览器会话无效。请在“设置 → 店铺”重新开始。'],
  no_code: ['TikTok Shop did not send an authorization code. Try connecting again.', 'TikTok Shop 未返回授权码。请重试连接。'],
  code_refused: ['TikTok Shop refused the authorization code (it may have expired or been used). Try connecting again.', 'TikTok Shop 拒绝了授权码（可能已过期或已使用）。请重试连接。'],
  not_a_seller: ['This TikTok account is not a seller account. Sign in to TikTok Shop with the seller account of the shop.', '该 TikTok 账号不是卖家账号。请使用店铺的卖家账号登录 TikTok Shop。'],
  shops_failed: ['TikTok Shop did not list the authorised shops. Try again in a few minutes; if it keeps failing, reconnect the shop.', 'TikTok Shop 未返回已授权的店铺。请几分钟后重试；若仍失败，请重新连接店铺。'],
} as const;

export type OAuthFailure = keyof typeof REASONS;

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

export function oauthErrorPage(c: Context, reason: OAuthFailure, tiktokRequestId?: string | null): Response {
  const [en, zh] = REASONS[reason];
  const ref = tiktokRequestId ? `<p class="ref">TikTok request id: ${escape(tiktokRequestId)}</p>` : '';
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>AskChat — shop not connected</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:24px;color:#1b1f24;background:#f6f7f9}main{max-width:520px;margin:auto;background:#fff;padding:24px;border-radius:12px}a{display:inline-block;margin-top:12px;padding:10px 16px;background:#0f6d5f;color:#fff;border-radius:8px;text-decoration:none}.ref{color:#5b6470;font-size:13px}</style>
<main><h1>Shop not connected</h1><p>${escape(en)}</p><p lang="zh-CN">${escape(zh)}</p>${ref}<a href="/settings/shops">Back to AskChat · 返回 AskChat</a></main></html>`;
  return c.html(html, 400);
}

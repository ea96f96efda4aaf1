// Issuing and answering tokens like the TikTok token host (§2.4): absolute expiry times in Unix seconds,
// refresh tokens that rotate (the old one stops working at once), scopes under the configured field name.
import { ALL_SCOPES, sellerByOpenId, type SandboxContext } from './context';
import { randomToken } from './ids';

export function issueTokens(ctx: SandboxContext, sellerOpenId: string) {
  const nowMs = ctx.now();
  const scopes = ctx.opts.grantedScopes.length ? ctx.opts.grantedScopes : [...ALL_SCOPES];
  const accessToken = randomToken('TTP_sbx_');
  const refreshToken = randomToken('TTP_sbxr_');
  const accessExpires = nowMs + ctx.opts.accessTokenTtlSeconds * 1000;
  const refreshExpires = nowMs + ctx.opts.refreshTokenTtlSeconds * 1000;
  ctx.state.accessTokens[accessToken] = { sellerOpenId, expiresAtMs: accessExpires, revoked: false, scopes };
  ctx.state.refreshTokens[refreshToken] = { sellerOpenId, expiresAtMs: refreshExpires, revoked: false };
  ctx.state.revokedSellers = ctx.state.revokedSellers.filter((id) => id !== sellerOpenId);
  ctx.changed();
  const seller = sellerByOpenId(sellerOpenId);
  const scopeList = ctx.opts.scopesField === 'granted_permissions' ? scopes.map((s) => s.toUpperCase().replace(/\./g, '_')) : scopes;
  return {
    access_token: accessToken,
    access_token_expire_in: Math.floor(accessExpires / 1000),
    refresh_token: refreshToken,
    refresh_token_expire_in: Math.floor(refreshExpires / 1000),
    open_id: sellerOpenId,
    seller_name: seller?.name ?? '',
    seller_base_region: seller?.baseRegion ?? '',
    user_type: 0,
    [ctx.opts.scopesField]: scopeList,
  };
}

// Revocation (the seller removed the app): every token of the seller stops working.
export function revokeSeller(ctx: SandboxContext, sellerOpenId: string): void {
  for (const grant of [...Object.values(ctx.state.accessTokens), ...Object.values(ctx.state.refreshTokens)]) {
    if (grant.sellerOpenId === sellerOpenId) grant.revoked = true;
  }
  if (!ctx.state.revokedSellers.includes(sellerOpenId)) ctx.state.revokedSellers.push(sellerOpenId);
  ctx.changed();
}

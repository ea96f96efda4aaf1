// The AI settings' requests: the organisation's OpenAI-compatible provider (GET/PUT/DELETE
// /api/ai/provider; the key goes in, never out) and the preview of how AskChat would answer a message
// (POST /api/ai/preview).
//
// Loaded only by the settings pages (lazy routes), never by the first paint.
import type { Intent } from '../../shared/intents';
import type { Language } from '../../shared/markets';
import type { DecisionReason } from '../../shared/reply/decide';
import type { ReplyKind } from '../../shared/reply/compose';
import type { AiProviderBody, AiProviderView } from '../../shared/schemas/ai-provider';
import { apiRequest } from './client';

/**
 * What POST /api/ai/preview answers (worker/routes/ai.ts). shared/schemas has no schema for it; this
 * mirrors the route's answer, and only the parts the page shows.
 */
export interface AiPreview {
  understanding: {
    language: Language;
    mixed: boolean;
    intent: Intent;
    sentiment: string;
    escalate: boolean;
    escalateReason: string | null;
    orderId: string | null;
    confidence: number;
  };
  decision: { action: 'auto_reply' | 'hand_off'; reason: DecisionReason };
  reply: { kind: ReplyKind; text: string; language: Language; knowledgeId: string | null };
  engine: string;
}

export function getAiProvider(): Promise<AiProviderView> {
  return apiRequest<AiProviderView>('/api/ai/provider');
}

export function saveAiProvider(body: AiProviderBody): Promise<AiProviderView> {
  return apiRequest<AiProviderView>('/api/ai/provider', { method: 'PUT', body });
}

export async function deleteAiProvider(): Promise<AiProviderView> {
  return apiRequest<AiProviderView>('/api/ai/provider', { method: 'DELETE' });
}

export function previewReply(text: string, shopId: string): Promise<AiPreview> {
  return apiRequest<AiPreview>('/api/ai/preview', { method: 'POST', body: { text, shopId } });
}

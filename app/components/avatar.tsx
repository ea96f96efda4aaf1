// A round badge with a person's initials, coloured from a stable id so each buyer keeps one colour.
// Every colour is dark enough for white text (WCAG AA at this size).
const COLORS = ['#4338ca', '#0f766e', '#b45309', '#be185d', '#1d4ed8', '#6d28d9', '#15803d', '#b91c1c'];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  // Array.from splits by code point, so Thai, Chinese and emoji names do not break in half.
  return letters.map((w) => Array.from(w)[0] ?? '').join('').toUpperCase() || '?';
}

function colorFor(seed: string): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length]!;
}

export function Avatar(props: { name: string; seed: string; size?: 'small' | 'large' }) {
  return (
    <span class={`avatar ${props.size ?? ''}`} style={{ 'background-color': colorFor(props.seed) }} aria-hidden="true">
      {initials(props.name)}
    </span>
  );
}

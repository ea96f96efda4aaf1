// Draws the AskChat app icons (a white speech bubble with three dots on the brand colour) and writes them
// as PNGs under public/icons/. No image library and no network: shapes are signed-distance functions,
// sampled 4×4 per pixel for smooth edges, and the PNG is assembled by hand (IHDR, zlib IDAT, IEND).
// Run after changing the design: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
//
//   any       rounded square, bubble filling most of it (192, 512, apple-touch 180, favicon 64)
//   maskable  full-bleed square, bubble inside the 80 % safe circle (512)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
const BRAND: Rgb = [79, 70, 229]; // #4f46e5, the theme colour in the manifest
const WHITE: Rgb = [255, 255, 255];

type Rgb = [number, number, number];
/** Signed distance from a point (in units of the icon's width, 0..1) to a shape: negative inside. */
type Sdf = (x: number, y: number) => number;

function roundedRect(cx: number, cy: number, halfW: number, halfH: number, r: number): Sdf {
  return (x, y) => {
    const qx = Math.abs(x - cx) - halfW + r;
    const qy = Math.abs(y - cy) - halfH + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function circle(cx: number, cy: number, r: number): Sdf {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** A triangle given by three corners, as the intersection of its three half-planes (good enough here). */
function triangle(a: [number, number], b: [number, number], c: [number, number]): Sdf {
  const edges = [
    [a, b],
    [b, c],
    [c, a],
  ] as const;
  return (x, y) =>
    Math.max(
      ...edges.map(([p, q]) => {
        const nx = q[1] - p[1];
        const ny = p[0] - q[0];
        const len = Math.hypot(nx, ny);
        return ((x - p[0]) * nx + (y - p[1]) * ny) / len;
      }),
    );
}

const union = (...shapes: Sdf[]): Sdf => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

/** The bubble and its dots, centred on (0.5, 0.5) and scaled by `s` (1 = the regular icon). */
function glyph(s: number) {
  const at = (v: number) => 0.5 + (v - 0.5) * s;
  const bubble = union(
    roundedRect(at(0.5), at(0.46), 0.3 * s, 0.22 * s, 0.1 * s),
    triangle([at(0.3), at(0.6)], [at(0.46), at(0.66)], [at(0.27), at(0.8)]),
  );
  const dots = union(circle(at(0.37), at(0.46), 0.045 * s), circle(at(0.5), at(0.46), 0.045 * s), circle(at(0.63), at(0.46), 0.045 * s));
  return { bubble, dots };
}

interface Layer {
  shape: Sdf;
  color: Rgb;
}

function render(size: number, layers: Layer[]): Buffer {
  const SS = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          // The topmost layer containing the sample wins.
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i]!;
            if (layer.shape(x, y) <= 0) {
              r += layer.color[0];
              g += layer.color[1];
              b += layer.color[2];
              a += 255;
              break;
            }
          }
        }
      }
      const n = SS * SS;
      const o = (py * size + px) * 4;
      const alpha = a / n;
      // Colours are averaged over covered samples only, so edges blend into transparency, not black.
      const covered = a / 255 || 1;
      rgba[o] = Math.round(r / covered);
      rgba[o + 1] = Math.round(g / covered);
      rgba[o + 2] = Math.round(b / covered);
      rgba[o + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none); zlib does the rest.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function anyIcon(size: number): Buffer {
  const { bubble, dots } = glyph(1);
  return encodePng(size, render(size, [
    { shape: roundedRect(0.5, 0.5, 0.5, 0.5, 0.22), color: BRAND },
    { shape: bubble, color: WHITE },
    { shape: dots, color: BRAND },
  ]));
}

function maskableIcon(size: number): Buffer {
  // The launcher may crop to any shape inside the centre circle of radius 0.4: keep the glyph within it.
  const { bubble, dots } = glyph(0.72);
  return encodePng(size, render(size, [
    { shape: () => -1, color: BRAND },
    { shape: bubble, color: WHITE },
    { shape: dots, color: BRAND },
  ]));
}

fs.mkdirSync(OUT, { recursive: true });
const files: [string, Buffer][] = [
  ['icon-192.png', anyIcon(192)],
  ['icon-512.png', anyIcon(512)],
  ['maskable-512.png', maskableIcon(512)],
  ['apple-touch-icon-180.png', encodePng(180, render(180, [
    // iOS rounds the corners itself and shows transparency as black: fill the whole square.
    { shape: () => -1, color: BRAND },
    { shape: glyph(0.9).bubble, color: WHITE },
    { shape: glyph(0.9).dots, color: BRAND },
  ]))],
  ['favicon-64.png', anyIcon(64)],
];
for (const [name, png] of files) {
  fs.writeFileSync(path.join(OUT, name), png);
  console.log(`${name}: ${png.length} bytes`);
}

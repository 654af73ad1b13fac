// npx tsx scripts/pwa-icons.ts — draws the home-screen icons of the installable day screen into public/icons
// (committed; run again only to change them). A shopping bag (« cabas ») in white on the theme's leaf green; the
// maskable one keeps it inside the central 80 % circle that Android's masks never cut.
import sharp from "sharp";

const LEAF = "#2f6b3a";

function bag(size: number, scale: number): string {
  const s = (n: number) => (n * scale * size) / 100 + (size * (1 - scale)) / 2;
  const w = (n: number) => (n * scale * size) / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${LEAF}"/>
  <path d="M ${s(22)} ${s(38)} L ${s(78)} ${s(38)} L ${s(72)} ${s(84)} L ${s(28)} ${s(84)} Z" fill="#fff"/>
  <path d="M ${s(36)} ${s(40)} C ${s(36)} ${s(16)}, ${s(64)} ${s(16)}, ${s(64)} ${s(40)}" fill="none" stroke="#fff"
    stroke-width="${w(6)}" stroke-linecap="round"/>
</svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, scale: 0.9 },
  { file: "icon-512.png", size: 512, scale: 0.9 },
  { file: "icon-maskable-512.png", size: 512, scale: 0.7 },
  { file: "apple-touch-icon.png", size: 180, scale: 0.85 },
];

for (const { file, size, scale } of icons)
  await sharp(Buffer.from(bag(size, scale)))
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${file}`);

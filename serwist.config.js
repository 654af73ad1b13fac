// @ts-check
// `serwist build` (after `next build`, package.json's build script) bundles app/sw.ts into public/sw.js with the
// list of files to precache: the build's scripts, styles and fonts, and the manifest's icons. Prerendered pages
// are not precached: the day screen is rendered per request and kept at run time (app/sw.ts).
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  precachePrerendered: false,
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/**/*.{png,webmanifest}"],
});

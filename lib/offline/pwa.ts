import type { Metadata } from "next";

// What makes the day screen installable on a phone's home screen: its web manifest (public/manifest.webmanifest,
// icons from scripts/pwa-icons.ts) and the icon iOS reads from the page.
export const OFFLINE_DAY_METADATA: Metadata = {
  manifest: "/manifest.webmanifest",
  icons: { apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }] },
  appleWebApp: { capable: true, title: "Cabas" },
};

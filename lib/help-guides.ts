import type { help } from "@/lib/i18n/messages/fr/help";

// The guides' addresses under /aide, one per space: the key of each guide in lib/i18n/messages/*/help.ts.
export type HelpGuideSlug = keyof (typeof help)["guides"];

export const HELP_GUIDES: readonly HelpGuideSlug[] = ["admin", "producteur", "client", "jour-de-distribution"];

export function isHelpGuide(slug: string): slug is HelpGuideSlug {
  return (HELP_GUIDES as readonly string[]).includes(slug);
}

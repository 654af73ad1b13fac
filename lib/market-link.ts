import { appUrl } from "./env";

// The market's shared link (seed 000 §6): the address a market gives its shoppers, in French, unprefixed (a
// reader of English is sent on to /en by their browser's language).
export function marketLink(slug: string): string {
  return `${appUrl()}/m/${slug}`;
}

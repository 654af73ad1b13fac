import { hasMarketRight, type Actor, type MarketRight } from "../access/actor";

// The sections of a market's admin space and the right each one's page asks (null: any co-admin, as
// getAdminMarketOrThrow lets them in). Each right is the one the use case the page reads requires: listLinkedCatalogs
// « catalogs », listMembers « members », listSentMessages and listThreads « messages », listDutyRoles,
// listMarketStatements, requireReportScope and updateMarketSettings « admin ». The menu shows a co-admin only what they can open.
export const ADMIN_SECTIONS = [
  { path: "", right: null },
  { path: "/distributions", right: null },
  { path: "/lieux", right: null },
  { path: "/catalogues", right: "catalogs" },
  { path: "/membres", right: "members" },
  { path: "/messagerie", right: "messages" },
  { path: "/messagerie/recus", right: "messages" },
  { path: "/permanences", right: "admin" },
  { path: "/versements", right: "admin" },
  { path: "/rapports", right: "admin" },
  { path: "/parametres", right: "admin" },
] as const satisfies readonly { path: string; right: MarketRight | null }[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number]["path"];

export function openAdminSections(actor: Actor, marketId: string): AdminSection[] {
  return ADMIN_SECTIONS.filter(({ right }) => right === null || hasMarketRight(actor, marketId, right)).map(
    ({ path }) => path,
  );
}

import { readdirSync } from "node:fs";
import path from "node:path";

// Every page of the app, as the route tree has it (app/**/page.tsx), with how the accessibility pass reaches it:
// the account it signs in as and the address it opens, built from the demo market's rows. A route added without
// an entry here fails tests/unit/accessibility/route-list.test.ts (and the pass itself), so no page goes unchecked
// by forgetting.

export type Account = "visitor" | "shopper" | "admin" | "producer" | "operator";

// The demo rows the addresses are built from (tests/e2e/accessibility/pages.spec.ts looks them up).
export type DemoIds = {
  marketId: string;
  distributionId: string;
  catalogId: string;
  catalogNumber: number;
  producerId: string;
  producerSlug: string;
  productId: string;
  memberId: string;
  orderId: string;
  // An open invitation to the demo market, as its e-mail carries it.
  invitationToken: string;
  // A producer's conversation with the demo market, carrying its catalog's shortcut.
  threadId: string;
};

// status: what the page answers when it is not 200 on purpose (a link only the server can sign, opened forged).
export type RouteEntry = { as: Account; path: (ids: DemoIds) => string; status?: number } | { skip: string };

const APP = path.join(process.cwd(), "app");

// "/admin/[marketId]/membres" for app/[locale]/(site)/(admin)/admin/[marketId]/membres/page.tsx: no language
// segment (each page is checked in both), no route groups (they are not part of an address).
export function pageRoutes(): string[] {
  return (readdirSync(APP, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && s !== "[locale]" && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

const admin = (p: (ids: DemoIds) => string): RouteEntry => ({ as: "admin", path: p });
const producer = (p: (ids: DemoIds) => string): RouteEntry => ({ as: "producer", path: p });
const shopper = (p: (ids: DemoIds) => string): RouteEntry => ({ as: "shopper", path: p });
const visitor = (p: (ids: DemoIds) => string): RouteEntry => ({ as: "visitor", path: p });
const dist = (ids: DemoIds) => `/admin/${ids.marketId}/distributions/${ids.distributionId}`;

export const ROUTES: Record<string, RouteEntry> = {
  // Public pages.
  "/": visitor(() => "/"),
  "/aide": visitor(() => "/aide"),
  "/aide/[guide]": visitor(() => "/aide/producteur"),
  "/catalogues/[number]": visitor((ids) => `/catalogues/${ids.catalogNumber}`),
  "/m/[slug]": visitor(() => "/m/bellefontaine"),
  "/m/[slug]/producteurs": visitor(() => "/m/bellefontaine/producteurs"),
  "/m/[slug]/distributions/[distributionId]/[[...filtres]]": visitor(
    (ids) => `/m/bellefontaine/distributions/${ids.distributionId}`,
  ),
  "/m/[slug]/distributions/[distributionId]/recherche/[requete]/[[...filtres]]": visitor(
    (ids) => `/m/bellefontaine/distributions/${ids.distributionId}/recherche/pain`,
  ),
  "/producteurs/[slug]": visitor((ids) => `/producteurs/${ids.producerSlug}`),
  "/recherche": visitor(() => "/recherche"),
  "/connexion": visitor(() => "/connexion"),
  "/inscription": visitor(() => "/inscription"),
  "/mot-de-passe-oublie": visitor(() => "/mot-de-passe-oublie"),
  // Pages reached from an e-mail: with a token that is not (or no longer) valid, the state most people meet.
  "/confirmer-email": visitor(() => "/confirmer-email?token=perime"),
  "/reinitialiser-mot-de-passe": visitor(() => "/reinitialiser-mot-de-passe?token=perime"),
  "/retablir-adresse": visitor(() => "/retablir-adresse?token=perime"),
  // Signed with the server's secret, which the pass does not hold: a forged link, answered by the not-found page.
  "/desabonnement/[token]": { as: "visitor", path: () => "/desabonnement/perime", status: 404 },
  "/invitation/[token]": visitor((ids) => `/invitation/${ids.invitationToken}`),
  "/confidentialite": visitor(() => "/confidentialite"),

  // The shopper's pages.
  "/compte": shopper(() => "/compte"),
  "/compte/messages": shopper(() => "/compte/messages"),
  "/compte/nouvelle-adresse": shopper(() => "/compte/nouvelle-adresse?token=perime"),
  "/commande/[orderId]": shopper((ids) => `/commande/${ids.orderId}`),
  "/retrait/[orderId]": shopper((ids) => `/retrait/${ids.orderId}`),
  "/m/[slug]/permanences": shopper(() => "/m/bellefontaine/permanences"),
  // Linking a catalog by its number is an admin's step, from the producer's shortcut.
  "/catalogues/[number]/relier": admin((ids) => `/catalogues/${ids.catalogNumber}/relier`),

  // The producer space.
  "/producteur": producer(() => "/producteur?nouveau=1"),
  "/producteur/[producerId]": producer((ids) => `/producteur/${ids.producerId}`),
  "/producteur/[producerId]/interoperabilite": producer((ids) => `/producteur/${ids.producerId}/interoperabilite`),
  "/producteur/[producerId]/profil": producer((ids) => `/producteur/${ids.producerId}/profil`),
  "/producteur/catalogues/[catalogId]": producer((ids) => `/producteur/catalogues/${ids.catalogId}`),
  "/producteur/produits/[productId]": producer((ids) => `/producteur/produits/${ids.productId}`),
  "/producteur/commandes/[distributionId]": producer((ids) => `/producteur/commandes/${ids.distributionId}`),
  "/producteur/ventes": producer(() => "/producteur/ventes"),
  "/producteur/messages": producer(() => "/producteur/messages"),
  "/producteur/versements": producer(() => "/producteur/versements"),
  "/producteur/rapports": producer(() => "/producteur/rapports"),

  // The market's admin.
  "/admin": admin(() => "/admin"),
  "/admin/[marketId]": admin((ids) => `/admin/${ids.marketId}`),
  "/admin/[marketId]/catalogues": admin((ids) => `/admin/${ids.marketId}/catalogues`),
  "/admin/[marketId]/distributions": admin((ids) => `/admin/${ids.marketId}/distributions`),
  "/admin/[marketId]/distributions/[distributionId]/catalogues": admin((ids) => `${dist(ids)}/catalogues`),
  "/admin/[marketId]/distributions/[distributionId]/commandes": admin((ids) => `${dist(ids)}/commandes`),
  "/admin/[marketId]/distributions/[distributionId]/emargement": admin((ids) => `${dist(ids)}/emargement`),
  "/admin/[marketId]/distributions/[distributionId]/logistique": admin((ids) => `${dist(ids)}/logistique`),
  "/admin/[marketId]/distributions/[distributionId]/modifier": admin((ids) => `${dist(ids)}/modifier`),
  "/admin/[marketId]/distributions/[distributionId]/validation": admin((ids) => `${dist(ids)}/validation`),
  "/admin/[marketId]/lieux": admin((ids) => `/admin/${ids.marketId}/lieux`),
  "/admin/[marketId]/membres": admin((ids) => `/admin/${ids.marketId}/membres`),
  "/admin/[marketId]/membres/[userId]": admin((ids) => `/admin/${ids.marketId}/membres/${ids.memberId}`),
  "/admin/[marketId]/messagerie": admin((ids) => `/admin/${ids.marketId}/messagerie`),
  "/admin/[marketId]/messagerie/recus": admin((ids) => `/admin/${ids.marketId}/messagerie/recus`),
  "/admin/[marketId]/messagerie/recus/[threadId]": admin(
    (ids) => `/admin/${ids.marketId}/messagerie/recus/${ids.threadId}`,
  ),
  "/admin/[marketId]/parametres": admin((ids) => `/admin/${ids.marketId}/parametres`),
  "/admin/[marketId]/permanences": admin((ids) => `/admin/${ids.marketId}/permanences`),
  "/admin/[marketId]/producteurs": admin((ids) => `/admin/${ids.marketId}/producteurs`),
  "/admin/[marketId]/rapports": admin((ids) => `/admin/${ids.marketId}/rapports`),
  "/admin/[marketId]/versements": admin((ids) => `/admin/${ids.marketId}/versements`),
  "/jour": admin(() => "/jour"),
  "/jour/[distributionId]": admin((ids) => `/jour/${ids.distributionId}`),
  "/operateur/versements": { as: "operator", path: () => "/operateur/versements" },

  // Developer tools, off in production (404 without their switch): nobody else opens them.
  "/dev/erreur": { skip: "throws on purpose; its error page has its own check in pages.spec.ts" },
  "/dev/mails": { skip: "the local mailbox for development, off in production" },
  "/dev/mails/[id]": { skip: "the local mailbox for development, off in production" },
};

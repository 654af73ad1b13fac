import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { localeOfPath, localizedPath, unlocalizedPath } from "@/lib/i18n/locales";
import { localeRedirects, localeRewrites } from "@/lib/i18n/routes";

describe("the language of an address", () => {
  it.each([
    ["/", "fr"],
    ["/m/bellefontaine", "fr"],
    ["/en", "en"],
    ["/en/m/bellefontaine", "en"],
    ["/enquete", "fr"],
  ])("%s is in %s", (path, locale) => expect(localeOfPath(path)).toBe(locale));

  it.each([
    ["fr", "/en/m/x?page=2", "/m/x?page=2"],
    ["fr", "/m/x", "/m/x"],
    ["fr", "/en", "/"],
    ["fr", "/en?q=lyon", "/?q=lyon"],
    ["en", "/", "/en"],
    ["en", "/?q=lyon", "/en?q=lyon"],
    ["en", "/m/x", "/en/m/x"],
    ["en", "/en/m/x", "/en/m/x"],
    ["en", "/enquete", "/en/enquete"],
  ] as const)("in %s, %s is %s", (locale, path, localized) => {
    expect(localizedPath(locale, path)).toBe(localized);
    expect(unlocalizedPath(localized)).toBe(unlocalizedPath(path));
  });
});

describe("next.config.mjs's language rules", () => {
  const frenchPage = getPathMatch(localeRewrites()[1].source, { strict: true, removeUnnamedParams: true });

  it.each(["/m/bellefontaine", "/compte", "/m/x/distributions/y", "/enquete", "/english"])(
    "%s is a French page, found under /fr",
    (path) => expect(frenchPage(path)).not.toBe(false),
  );

  it.each([
    "/en",
    "/en/m/x",
    "/fr/m/x",
    "/api/health",
    "/_next/static/x.js",
    "/images/abc",
    "/favicon.ico",
    "/icon.png",
    "/sw.js",
    "/manifest.webmanifest",
    "/icons/icon-192.png",
  ])("%s is left alone", (path) => expect(frenchPage(path)).toBe(false));

  it("sends readers of English to the English page, never a form post, and the browser's languages only until one is chosen", () => {
    const toEnglish = localeRedirects().filter((r) => r.destination.startsWith("/en"));
    expect(toEnglish).toHaveLength(4);
    for (const rule of toEnglish) {
      expect(rule.permanent).toBe(false);
      expect(rule.missing).toContainEqual({ type: "header", key: "content-type" });
    }
    const byBrowser = toEnglish.filter((r) => r.has?.[0].key === "accept-language");
    for (const rule of byBrowser) expect(rule.missing).toContainEqual({ type: "cookie", key: "cabas-locale" });
    const value = new RegExp(`^${byBrowser[0].has![0].value}$`);
    expect(value.test("en-US,en;q=0.9")).toBe(true);
    expect(value.test("de-DE, en;q=0.8")).toBe(true);
    expect(value.test("fr-FR,fr;q=0.9,en;q=0.8")).toBe(false);
  });
});

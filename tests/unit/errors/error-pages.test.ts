import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { ErrorMessage } from "@/components/layout/error-message";
import { browserLocale } from "@/lib/i18n/browser-locale";
import { commonMessagesFor } from "@/lib/i18n/common-messages";

const failure = () => Object.assign(new Error('relation "User" does not exist'), { digest: "1029384756" });

describe("the error pages", () => {
  it("global-error draws its own document: language, title, what happened, the reference, a retry, a way home", () => {
    const html = renderToString(createElement(GlobalError, { error: failure(), reset: () => undefined }));
    expect(html).toMatch(/^<html lang="fr">/);
    expect(html).toContain("<title>Une erreur est survenue</title>");
    expect(html).toContain("Référence de l’erreur :");
    expect(html).toContain(">1029384756</code>");
    expect(html).toContain(">Réessayer</button>");
    expect(html).toContain('<a href="/"');
    expect(html).not.toContain("does not exist");
  });

  it("the message in English, and no reference line when there is no digest (a browser-side error)", () => {
    const english = renderToString(
      createElement(ErrorMessage, { e: commonMessagesFor("en").error, digest: "42", retry: () => undefined }),
    );
    expect(english).toContain("Something went wrong");
    expect(english).toContain("Error reference:");
    expect(english).toContain("Back to home");
    const none = renderToString(
      createElement(ErrorMessage, { e: commonMessagesFor("fr").error, digest: undefined, retry: () => undefined }),
    );
    expect(none).not.toContain("Référence");
  });

  it.each([
    ["cabas-locale=en", ["fr-FR"], "en"],
    ["autre=1; cabas-locale=fr", ["en-GB"], "fr"],
    ["", ["en-US", "fr"], "en"],
    ["cabas-locale=de", ["de-DE", "fr-FR"], "fr"],
    ["", [], "fr"],
  ] as const)("global-error reads the language from « %s » and %j: %s", (cookie, languages, locale) => {
    expect(browserLocale(cookie, languages)).toBe(locale);
  });
});

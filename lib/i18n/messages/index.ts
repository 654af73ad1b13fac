import type { Locale } from "../locales";
import { auth as authEn } from "./en/auth";
import { common as commonEn } from "./en/common";
import { market as marketEn } from "./en/market";
import { auth as authFr } from "./fr/auth";
import { common as commonFr } from "./fr/common";
import { market as marketFr } from "./fr/market";

// One file per area and language; the English files are typed by the French ones, so a missing
// translation is a type error.
const catalogs = {
  fr: { common: commonFr, auth: authFr, market: marketFr },
  en: { common: commonEn, auth: authEn, market: marketEn },
};

export type Messages = (typeof catalogs)["fr"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

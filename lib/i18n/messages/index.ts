import type { Locale } from "../locales";
import { admin as adminEn } from "./en/admin";
import { auth as authEn } from "./en/auth";
import { common as commonEn } from "./en/common";
import { day as dayEn } from "./en/day";
import { documents as documentsEn } from "./en/documents";
import { emails as emailsEn } from "./en/emails";
import { help as helpEn } from "./en/help";
import { inbox as inboxEn } from "./en/inbox";
import { interop as interopEn } from "./en/interop";
import { invoices as invoicesEn } from "./en/invoices";
import { logistics as logisticsEn } from "./en/logistics";
import { market as marketEn } from "./en/market";
import { offline as offlineEn } from "./en/offline";
import { money as moneyEn } from "./en/money";
import { payments as paymentsEn } from "./en/payments";
import { privacy as privacyEn } from "./en/privacy";
import { producer as producerEn } from "./en/producer";
import { refunds as refundsEn } from "./en/refunds";
import { reports as reportsEn } from "./en/reports";
import { shop as shopEn } from "./en/shop";
import { statements as statementsEn } from "./en/statements";
import { admin as adminFr } from "./fr/admin";
import { auth as authFr } from "./fr/auth";
import { common as commonFr } from "./fr/common";
import { day as dayFr } from "./fr/day";
import { documents as documentsFr } from "./fr/documents";
import { emails as emailsFr } from "./fr/emails";
import { help as helpFr } from "./fr/help";
import { inbox as inboxFr } from "./fr/inbox";
import { interop as interopFr } from "./fr/interop";
import { invoices as invoicesFr } from "./fr/invoices";
import { logistics as logisticsFr } from "./fr/logistics";
import { market as marketFr } from "./fr/market";
import { offline as offlineFr } from "./fr/offline";
import { money as moneyFr } from "./fr/money";
import { payments as paymentsFr } from "./fr/payments";
import { privacy as privacyFr } from "./fr/privacy";
import { producer as producerFr } from "./fr/producer";
import { refunds as refundsFr } from "./fr/refunds";
import { reports as reportsFr } from "./fr/reports";
import { shop as shopFr } from "./fr/shop";
import { statements as statementsFr } from "./fr/statements";

// One file per area and language; the English files are typed by the French ones, so a missing
// translation is a type error.
const catalogs = {
  fr: {
    common: commonFr,
    auth: authFr,
    market: marketFr,
    shop: shopFr,
    admin: adminFr,
    producer: producerFr,
    emails: emailsFr,
    money: moneyFr,
    payments: paymentsFr,
    logistics: logisticsFr,
    privacy: privacyFr,
    statements: statementsFr,
    refunds: refundsFr,
    reports: reportsFr,
    day: dayFr,
    offline: offlineFr,
    help: helpFr,
    invoices: invoicesFr,
    inbox: inboxFr,
    interop: interopFr,
    documents: documentsFr,
  },
  en: {
    common: commonEn,
    auth: authEn,
    market: marketEn,
    shop: shopEn,
    admin: adminEn,
    producer: producerEn,
    emails: emailsEn,
    money: moneyEn,
    payments: paymentsEn,
    logistics: logisticsEn,
    privacy: privacyEn,
    statements: statementsEn,
    refunds: refundsEn,
    reports: reportsEn,
    day: dayEn,
    offline: offlineEn,
    help: helpEn,
    invoices: invoicesEn,
    inbox: inboxEn,
    interop: interopEn,
    documents: documentsEn,
  },
};

export type Messages = (typeof catalogs)["fr"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

export function NotFoundMessage({ t }: { t: Messages }) {
  return (
    <main id="contenu" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{t.common.notFound.title}</h1>
      <p className="mb-6 text-muted">{t.common.notFound.text}</p>
      <Link href="/" className="rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white">
        {t.common.notFound.back}
      </Link>
    </main>
  );
}

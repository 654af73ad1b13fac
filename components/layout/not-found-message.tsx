import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

// In a space (admin, producer), a page that is not the reader's says so and offers to open a space of their own.
export function NotFoundMessage({ t, space }: { t: Messages; space?: "admin" | "producer" }) {
  const n = t.common.notFound;
  const offer = space ? n.spaces[space] : null;
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{n.title}</h1>
      <p className="mb-6 text-muted">{offer?.text ?? n.text}</p>
      <div className="flex flex-col items-center gap-3">
        {offer && (
          <Link href={offer.href} className="rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white">
            {offer.action}
          </Link>
        )}
        <Link
          href="/"
          className={offer ? "text-leaf-700 underline" : "rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white"}
        >
          {n.back}
        </Link>
      </div>
    </div>
  );
}

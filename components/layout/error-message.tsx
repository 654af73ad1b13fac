"use client";

import { Button } from "@/components/ui/button";
import type { CommonMessages } from "@/lib/i18n/common-messages";

// What a person sees when a page failed on the server: what happened, in their language; the reference to
// quote (Next's digest of the error, which the server's log line for that request carries too); a retry and a
// way home. Never the error's own text: in production Next does not even send it to the browser.
export function ErrorMessage({
  e,
  digest,
  retry,
}: {
  e: CommonMessages["error"];
  digest: string | undefined;
  retry: () => void;
}) {
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{e.title}</h1>
      <p className="mb-4 text-muted">{e.text}</p>
      {digest && (
        <p className="mb-6">
          {e.reference}{" "}
          <code data-testid="error-reference" className="rounded bg-earth-100 px-2 py-1 font-mono select-all">
            {digest}
          </code>
        </p>
      )}
      <div className="flex flex-col items-center gap-3">
        <Button type="button" onClick={retry}>
          {e.retry}
        </Button>
        {/* A full load rather than a client navigation: the way out must not depend on the state that failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="text-leaf-700 underline">
          {e.home}
        </a>
      </div>
    </div>
  );
}

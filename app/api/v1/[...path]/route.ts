import { publicApiGet } from "@/lib/api/public-api";
import { DomainError } from "@/lib/domain/errors";

// Any other address under /api/v1: the API's own 404, in its error shape, rather than the site's HTML page.
export function GET(request: Request) {
  return publicApiGet(request, async () => {
    throw new DomainError("NOT_FOUND");
  });
}

export const dynamic = "force-dynamic";

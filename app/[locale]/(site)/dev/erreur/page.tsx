import { throwForErrorTest } from "@/lib/error-test-route";

// See lib/error-test-route.ts: a 404 unless ERROR_TEST_ROUTE=1.
export default async function ErrorTestPage() {
  return throwForErrorTest();
}

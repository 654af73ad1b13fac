// A request body read only up to `maxBytes`: a declared length above it is refused before anything is read, and
// a body that turns out longer (chunked, or lying about its length) is cut off as soon as it passes the limit.
export async function readLimitedText(
  request: Pick<Request, "headers" | "body">,
  maxBytes: number,
): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

// A raw message as an SMTP server receives it: headers unfolded, body decoded from quoted-printable.
export function parseRawMail(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = Buffer.from(
    raw
      .slice(split)
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
  return { headers, body, header: (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(headers)?.[1] };
}

// Settings read from the environment, with the defaults a local run needs.

export function appUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

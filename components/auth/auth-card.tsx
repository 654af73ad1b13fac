import type { ReactNode } from "react";

export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      {intro && <p className="mb-4 text-muted">{intro}</p>}
      {children}
      {footer && <div className="mt-4 text-sm">{footer}</div>}
    </div>
  );
}

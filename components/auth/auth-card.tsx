import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

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
    <Card className="mx-auto block max-w-md p-6">
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      {intro && <p className="mb-4 text-muted">{intro}</p>}
      {children}
      {footer && <div className="mt-4 text-sm">{footer}</div>}
    </Card>
  );
}

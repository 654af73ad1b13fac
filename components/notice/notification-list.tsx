import Link from "next/link";
import type { listNotifications } from "@/lib/domain/notice/list-notifications";

type Notification = Awaited<ReturnType<typeof listNotifications>>[number];

// In-app notifications, the unread ones in bold, each a link to where it is dealt with.
export function NotificationList({
  notifications,
  kinds,
}: {
  notifications: Notification[];
  kinds: Record<string, (p: Record<string, string>) => string>;
}) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {notifications.map((note) => {
        const text = kinds[note.kind]?.(note.params) ?? note.kind;
        return (
          <li key={note.id} className={note.unread ? "font-semibold" : ""}>
            {note.url ? (
              <Link href={note.url} className="underline">
                {text}
              </Link>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

import type { Messages } from "@/lib/i18n/messages";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { Card } from "@/components/ui/card";

// The accounting export of an entity's journal over a period: a plain GET form to the journal route, whose two
// buttons ask for the CSV or the FEC. Empty dates mean the whole history. Its title is a level below the section
// it sits in.
export function JournalDownloads({ href, id, level = 2, t }: { href: string; id: string; level?: 2 | 3; t: Messages }) {
  const s = t.statements;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <Card asChild>
      <form method="get" action={href} className="gap-2 p-3" aria-labelledby={id}>
        <Heading id={id} className="font-semibold">
          {s.exportTitle}
        </Heading>
        <p className="text-sm text-muted">{s.exportHint}</p>
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm">
            {s.periodFrom}
            <Input type="date" name="du" className="w-auto" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {s.periodTo}
            <Input type="date" name="au" className="w-auto" />
          </label>
          <Button type="submit" name="format" value="csv" variant="outline" size="sm">
            {s.downloadJournal}
          </Button>
          <Button type="submit" name="format" value="fec" variant="outline" size="sm">
            {s.downloadFec}
          </Button>
        </div>
      </form>
    </Card>
  );
}

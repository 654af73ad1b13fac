import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/field";
import { PrintButton } from "@/components/ui/print-button";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import {
  buildSignInSheet,
  COLUMN_PARAM,
  COLUMN_VALUES,
  readSignInSheetOptions,
  SIGN_IN_SHEET_COLUMNS,
  signInSheetQuery,
  SORT_PARAM,
  SORT_VALUES,
  type SignInSheetColumn,
} from "@/lib/domain/distribution-day/sign-in-sheet";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

type Params = { marketId: string; distributionId: string };

// Written on paper only: on a phone's screen these columns would be empty cards' lines.
const BLANK_COLUMNS = new Set<SignInSheetColumn>(["signature", "notes"]);

// « Liste d'émargement »: the columns the admin chooses, one line per basket, to print (or download as a PDF,
// drawn from the same rows by ./pdf) for when the network fails. The choice is a GET form, so the printed page's
// address can be bookmarked.
export default async function SignInSheetPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { marketId, distributionId } = await params;
  const path = `/admin/${marketId}/distributions/${distributionId}/emargement`;
  const actor = await loadPageActor(path);
  const { locale, t } = await getMessages();
  const day = await orNotFound(getDistributionDay({ actor, marketId, distributionId, now: new Date() }));
  const options = readSignInSheetOptions(await searchParams);
  const sheet = buildSignInSheet(day, options, { locale, t });
  const s = t.admin.sheet;
  return (
    <div
      className={cn("flex flex-col gap-3", sheet.orientation === "landscape" ? "sheet-landscape" : "sheet-portrait")}
    >
      <header>
        <h1 className="text-xl font-bold">
          {sheet.title} — {sheet.market}
        </h1>
        <p>
          {sheet.when} · {sheet.place}
        </p>
      </header>
      <Card asChild>
        <form method="get" className="no-print gap-3 p-3 text-sm">
          <fieldset className="flex flex-wrap gap-x-4 gap-y-2">
            <legend className="mb-1 font-semibold">{s.columns}</legend>
            {SIGN_IN_SHEET_COLUMNS.map((column) => (
              <Label key={column} className="flex items-center gap-2 font-normal">
                <Checkbox
                  name={COLUMN_PARAM}
                  value={COLUMN_VALUES[column]}
                  defaultChecked={options.columns.includes(column)}
                />
                {s.choices[column]}
              </Label>
            ))}
          </fieldset>
          <div className="flex flex-wrap items-end gap-3">
            <Label className="flex flex-col gap-1">
              {s.sortBy}
              <Select name={SORT_PARAM} defaultValue={SORT_VALUES[options.sort]}>
                <option value={SORT_VALUES.name}>{s.byName}</option>
                <option value={SORT_VALUES.slot}>{s.bySlot}</option>
              </Select>
            </Label>
            <Button type="submit">{s.apply}</Button>
            <PrintButton label={s.print} />
            <Button asChild variant="outline">
              <a href={localizedPath(locale, `${path}/pdf?${signInSheetQuery(options)}`)} download>
                {s.downloadPdf}
              </a>
            </Button>
          </div>
        </form>
      </Card>
      {sheet.rows.length === 0 ? (
        <p>{sheet.empty}</p>
      ) : (
        <Table className="print:table-fixed print:text-[10px] print:leading-tight print:[&_td,&_th]:border print:[&_td,&_th]:border-stone-500">
          <colgroup>
            {sheet.columns.map((column) => (
              <col key={column.id} style={{ width: `${(column.share * 100).toFixed(3)}%` }} />
            ))}
          </colgroup>
          <TableHeader>
            <TableRow>
              {sheet.columns.map((column) => (
                <TableHead key={column.id} className={cn(column.id === "amount" && "text-right")}>
                  {column.label}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sheet.rows.map((row) => (
              <TableRow key={row.id} className="print:h-9 print:break-inside-avoid">
                {row.cells.map((value, i) => {
                  const column = sheet.columns[i];
                  return (
                    <TableCell
                      key={column.id}
                      label={column.id === "name" ? undefined : column.label}
                      className={cn(
                        column.id === "name" && "font-semibold",
                        column.id === "amount" && "text-right whitespace-nowrap",
                        column.id === "phone" && "whitespace-nowrap",
                        BLANK_COLUMNS.has(column.id) && "max-sm:hidden",
                      )}
                    >
                      {value}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

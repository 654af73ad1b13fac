import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { leaveDutyAction, signUpForDutyAction } from "@/lib/actions/logistics";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDutyCalendarOrThrow } from "@/lib/domain/duty/get-duty-calendar";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { ActionForm, FormField } from "@/components/ui/action-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.logistics.page.dutyTitle };
}

export default async function DutyCalendarPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await loadPageActor(`/m/${slug}/permanences`);
  const { locale, t } = await getMessages();
  const { market, days: calendar } = await orNotFound(getDutyCalendarOrThrow({ actor, slug, now: new Date() }));
  const p = t.logistics.page;
  const at = (d: Date, pattern: string) => formatInZone(d, pattern, market.timeZone, locale);
  const withRoles = calendar.filter((d) => d.shifts.length > 0);
  return (
    <div className="flex flex-col gap-4">
      <header>
        <p className="text-sm text-muted">{market.name}</p>
        <h1 className="text-2xl font-bold">{p.dutyTitle}</h1>
        <p className="text-muted">{p.dutyIntro}</p>
      </header>
      {withRoles.length === 0 ? (
        <Card asChild>
          <p>{p.dutyNone}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {withRoles.map((d) => (
            <Card asChild key={d.id} className="gap-0">
              <li>
                <h2 className="font-semibold first-letter:uppercase">
                  {at(d.pickupStartAt, t.market.dateFormat)} · {at(d.pickupStartAt, "HH:mm")}–
                  {at(d.pickupEndAt, "HH:mm")} · {d.place.name}
                </h2>
                {!d.signupOpen && (
                  <p className="text-sm text-muted">{p.dutyOpensOn(at(d.signupOpensAt, t.market.dateFormat))}</p>
                )}
                <ul className="mt-2 flex flex-col gap-2">
                  {d.shifts.map((s) => (
                    <li
                      key={s.role.id}
                      className="flex flex-col gap-1 rounded-lg border border-stone-200 p-3"
                      data-role={s.role.name}
                    >
                      <p>
                        <span className="font-medium">{s.role.name}</span> —{" "}
                        {s.mine ? p.dutyYou : (s.volunteer ?? p.dutyVacant)}
                      </p>
                      {s.role.description && <p className="text-sm text-muted">{s.role.description}</p>}
                      {s.shiftId && s.mine && (
                        <ActionForm
                          action={leaveDutyAction}
                          hidden={{ shiftId: s.shiftId, slug }}
                          submitLabel={p.dutyLeave}
                          pendingLabel={t.common.loading}
                          variant="secondary"
                          submitClassName="self-start"
                        >
                          <FormField name="reason" label={p.dutyLeaveReason} />
                        </ActionForm>
                      )}
                      {s.shiftId && !s.volunteer && d.signupOpen && (
                        <ActionForm
                          action={signUpForDutyAction}
                          hidden={{ shiftId: s.shiftId, slug }}
                          submitLabel={p.dutySignUp}
                          pendingLabel={t.common.loading}
                          submitClassName="self-start"
                        />
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}

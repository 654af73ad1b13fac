import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listMembers } from "@/lib/domain/member/list-members";
import { getMessages } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";

export default async function MembersAdminPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/membres`);
  const { locale, t } = await getMessages();
  const members = await orNotFound(listMembers({ actor, marketId }));
  const m = t.admin.members;
  return (
    <section aria-labelledby="members">
      <h1 id="members" className="mb-2 text-2xl font-bold">
        {m.title} ({members.length})
      </h1>
      {members.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{m.none}</p>
      ) : (
        <table className="w-full rounded-lg bg-white text-sm shadow-sm">
          <thead>
            <tr className="border-b border-earth-100 text-left">
              <th className="p-2">{m.name}</th>
              <th className="p-2">{m.email}</th>
              <th className="p-2">{m.phone}</th>
              <th className="p-2">{m.rights}</th>
              <th className="p-2 text-right">{m.balance}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.user.id} className="border-b border-earth-100">
                <td className="p-2 font-medium">
                  {member.user.lastName.toUpperCase()} {member.user.firstName}
                </td>
                <td className="p-2">{member.user.email}</td>
                <td className="p-2">{member.user.phone}</td>
                <td className="p-2">{member.isAdmin ? m.admin : ""}</td>
                <td className={`p-2 text-right font-semibold ${member.balanceCents < 0 ? "text-red-800" : ""}`}>{formatMoney(member.balanceCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

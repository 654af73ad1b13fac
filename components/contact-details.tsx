import { Card } from "@/components/ui/card";
import { telHref } from "@/lib/tel-href";

// A contact block on a public page (a market's coordinator, a producer's published details): only what is set is
// shown, each way to reach them as a link; nothing at all when nothing is set.
export function ContactDetails({
  id,
  heading,
  name,
  address,
  email,
  phone,
  website,
}: {
  id: string;
  heading: string;
  name?: string | null;
  address?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
}) {
  if (!name && !address && !email && !phone && !website) return null;
  return (
    <Card asChild className="gap-1">
      <section aria-labelledby={id}>
        <h2 id={id} className="text-xl font-semibold">
          {heading}
        </h2>
        <p className="flex flex-wrap gap-x-3">
          {name && <span className="font-semibold">{name}</span>}
          {address && <span>{address}</span>}
          {email && (
            <a href={`mailto:${email}`} className="text-leaf-700 underline">
              {email}
            </a>
          )}
          {phone && (
            <a href={telHref(phone)} className="text-leaf-700 underline">
              {phone}
            </a>
          )}
          {website && (
            <a href={webHref(website)} className="text-leaf-700 underline" rel="noopener noreferrer">
              {website.replace(/^https?:\/\//, "")}
            </a>
          )}
        </p>
      </section>
    </Card>
  );
}

// A website is typed freely (« www.ferme.fr »): the link always leaves for http(s), never another scheme.
function webHref(website: string) {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

import jsonld from "jsonld";
import context from "./data/context_1.16.0.json";
import { DomainError } from "../errors";

// The DFC 1.16 context as Cabas writes it: the address other platforms know (Open Food Network writes this one).
export const DFC_CONTEXT_URL = "https://w3id.org/dfc/ontology/context/context_1.16.0.json";

// Every address under which platforms publish the DFC 1.x context: the Food Data Collaboration's Shopify app
// writes the bare site, the DFC connector libraries its WordPress plugin's files, and the first versions (before
// 1.8) the static server that is offline now. All of them are read with the bundled context.
export const DFC_1_CONTEXT_URLS = [
  DFC_CONTEXT_URL,
  "https://www.datafoodconsortium.org",
  "https://www.datafoodconsortium.org/",
  "http://www.datafoodconsortium.org",
  "http://www.datafoodconsortium.org/",
  "https://www.datafoodconsortium.org/wp-content/plugins/wordpress-context-jsonld/context.jsonld",
  "https://www.datafoodconsortium.org/wp-content/plugins/wordpress-context-jsonld/context_1.16.0.jsonld",
  "http://static.datafoodconsortium.org/ontologies/context.json",
];

// DFC 2.0 renames its namespaces and Enterprise: Cabas does not read it yet.
const DFC_2_CONTEXT = /datafoodconsortium\.org\/.*context_2\.|w3id\.org\/dfc\/ontology\/context\/context_2\./;

export const isDfc2Context = (url: string) => DFC_2_CONTEXT.test(url);

type RemoteDocument = { contextUrl: null; documentUrl: string; document: unknown };

// jsonld.js's document loader: the bundled context for the known addresses, a refusal for anything else. It
// never reaches the network, whatever the document names.
export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  if (DFC_1_CONTEXT_URLS.includes(url)) return { contextUrl: null, documentUrl: url, document: context };
  if (isDfc2Context(url)) throw new DomainError("DFC_VERSION_2");
  throw new DomainError("DFC_CONTEXT_UNKNOWN");
}

// A term's name whatever namespace it came in (« dfc-b:hasUnit », its GitHub or static.datafoodconsortium.org
// IRI): peers publish the same vocabulary under several namespaces over the versions.
export function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"), iri.lastIndexOf(":")) + 1);
}

export type ExpandedNode = Record<string, unknown> & { "@id"?: string; "@type"?: string[] };

// The document's nodes with full IRIs, through the local loader only. jsonld.js's errors (a context it refuses,
// a document that is not JSON-LD) become DFC_INVALID; a DFC 2.0 context, DFC_VERSION_2.
export async function expandDfc(document: unknown): Promise<ExpandedNode[]> {
  try {
    return (await jsonld.expand(document as jsonld.JsonLdDocument, {
      documentLoader: localDocumentLoader as unknown as jsonld.Options.DocLoader["documentLoader"],
    })) as ExpandedNode[];
  } catch (error) {
    throw domainErrorIn(error) ?? new DomainError("DFC_INVALID");
  }
}

// jsonld.js wraps the loader's error (details.cause) in its own.
function domainErrorIn(error: unknown): DomainError | null {
  for (let e = error as { cause?: unknown; details?: { cause?: unknown } } | undefined, i = 0; e && i < 5; i++) {
    if (e instanceof DomainError) return e;
    e = (e.details?.cause ?? e.cause) as typeof e;
  }
  return null;
}

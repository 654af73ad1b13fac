import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientIp", () => {
  it("trusts no forwarded address when no proxy is configured: the client could have written it", () => {
    expect(clientIp(headers("1.2.3.4"), 0)).toBeNull();
    expect(clientIp(headers(), 0)).toBeNull();
  });

  it("takes the address the trusted proxies saw, ignoring what the client forged before them", () => {
    expect(clientIp(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientIp(headers(" 203.0.113.7 ,10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("knows no address when there are fewer hops than trusted proxies", () => {
    expect(clientIp(headers("203.0.113.7"), 2)).toBeNull();
    expect(clientIp(headers(), 1)).toBeNull();
  });
});

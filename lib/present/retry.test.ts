import { describe, expect, it } from "vitest";
import { retryAtInterval, retryDelayMs } from "./retry";

describe("retryDelayMs(triedAt, intervalMs, now)", () => {
  it("waits what is left of one interval since the failed try began", () => {
    expect(retryDelayMs(1000, 2000, 1500)).toBe(1500);
    expect(retryDelayMs(1000, 2000, 5000)).toBe(0);
  });
});

describe("retryAtInterval(intervalMs, triedAt)", () => {
  it("tries again one interval after the failed try, the tenth failure as soon as the first (no backoff)", () => {
    const delays: number[] = [];
    const retry = retryAtInterval(30_000, () => 0, {
      setTimeout: (f, ms) => {
        delays.push(ms);
        f();
      },
      now: () => 100,
    });
    let revalidated = 0;
    for (let retryCount = 1; retryCount <= 10; retryCount++) retry(new Error("down"), "/data", {}, () => revalidated++, { retryCount });
    expect(delays).toEqual(Array(10).fill(29_900));
    expect(revalidated).toBe(10);
  });
});

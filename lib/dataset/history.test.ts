// The corrections log: patches that can be undone, versions rebuilt from one file, and the rule a
// changed file must follow. Tests named after the call and what it guarantees.
import { describe, expect, it } from "vitest";
import { correctedDataset, recodeCells } from "../testing/corrected";
import { rawDataset } from "../testing/fixtures";
import { validateDataset } from "./check";
import { applyToCopy, checkSuccessor, contentOf, correctionFor, invertPatch, rebuildHistory, versionOf } from "./history";
import type { Dataset, PatchOperationRecord } from "./schema";

const valid = (json: unknown): Dataset => {
  const result = validateDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.dataset;
};
const published = valid(rawDataset());
const DATE = "2026-12-02T10:00:00Z";
const REASON = { fr: "Raison.", en: "Reason." };

/** The published data with one edit of its content (not logged). */
function edited(edit: (d: Record<string, any>) => void): Dataset {
  const d = structuredClone(published) as Record<string, any>;
  edit(d);
  return d as Dataset;
}

describe("correctionFor(before, after, date, reason)", () => {
  it("removes one proposal with one operation (and its test), not a rewrite of every later one", () => {
    const after = edited((d) => {
      d.proposals.splice(
        d.proposals.findIndex((p: { id: string }) => p.id === "dati-platforms-scooter-safety"),
        1,
      );
      recodeCells(d);
    });
    const { patch } = correctionFor(contentOf(published), contentOf(after), DATE, REASON);
    expect(patch.filter((op) => op.op !== "test")).toEqual([{ op: "remove", path: expect.stringMatching(/^\/proposals\/\d+$/) }]);
  });

  it("adds a proposal where it stands in the new list, with one operation", () => {
    const added = { ...published.proposals[3]!, id: "buzyn-open-data-new" };
    const after = edited((d) => d.proposals.splice(4, 0, added));
    const { patch } = correctionFor(contentOf(published), contentOf(after), DATE, REASON);
    expect(patch).toEqual([{ op: "add", path: "/proposals/4", value: added }]);
  });

  it("records the old value of what it replaces, so the patch can be undone", () => {
    const after = edited((d) => (d.figures[0].value.value = 5));
    const { patch, from, to } = correctionFor(contentOf(published), contentOf(after), DATE, REASON);
    expect(patch).toEqual([
      { op: "test", path: "/figures/0/value/value", value: published.figures[0]!.value.kind === "single" ? published.figures[0]!.value.value : null },
      { op: "replace", path: "/figures/0/value/value", value: 5 },
    ]);
    expect([from, to]).toEqual([published.version, versionOf(contentOf(after))]);
  });
});

describe("invertPatch(patch)", () => {
  const doc = { list: ["a", "b", "c"], field: { x: 1 } };
  const patch: PatchOperationRecord[] = [
    { op: "test", path: "/list/1", value: "b" },
    { op: "remove", path: "/list/1" },
    { op: "add", path: "/list/0", value: "z" },
    { op: "test", path: "/field/x", value: 1 },
    { op: "replace", path: "/field/x", value: 2 },
    { op: "add", path: "/field/y", value: true },
  ];

  it("undoes adds, removes and replaces in reverse order", () => {
    const forward = applyToCopy(doc, patch);
    expect(forward.ok && forward.document).toEqual({ list: ["z", "a", "c"], field: { x: 2, y: true } });
    const inverse = invertPatch(patch);
    const back = inverse.ok && forward.ok ? applyToCopy(forward.document, inverse.patch) : undefined;
    expect(back?.ok && back.document).toEqual(doc);
  });

  it("refuses a replace or a remove without a test of the old value just before it", () => {
    expect(invertPatch([{ op: "remove", path: "/list/1" }])).toEqual({ ok: false, index: 0, message: expect.stringContaining('needs a "test" of the old value at /list/1') });
    expect(
      invertPatch([
        { op: "test", path: "/field/x", value: 1 },
        { op: "replace", path: "/list/0", value: "q" },
      ]).ok,
    ).toBe(false);
  });

  it("keeps a test that guards a later operation in place, as a test", () => {
    const guarded: PatchOperationRecord[] = [
      { op: "test", path: "/field/x", value: 1 },
      { op: "add", path: "/field/y", value: 3 },
    ];
    const inverse = invertPatch(guarded);
    expect(inverse.ok && inverse.patch).toEqual([
      { op: "test", path: "/field/y", value: 3 },
      { op: "remove", path: "/field/y" },
      { op: "test", path: "/field/x", value: 1 },
    ]);
  });
});

describe("rebuildHistory(dataset)", () => {
  it("rebuilds every version of the bundled file, version 1 as published on 30 November 2026", () => {
    const history = rebuildHistory(published);
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    expect(history.versions).toHaveLength(published.corrections.length + 1);
    expect(history.versions[0]).toMatchObject({ number: 1, version: "5b1a38560827" });
    expect(history.versions[0]!.dataset.corrections).toEqual([]);
    expect(history.versions.map((v) => v.version)).toEqual([published.corrections[0]!.from, ...published.corrections.map((c) => c.to)]);
  });

  it("refuses a version that is not the hash of the content", () => {
    const history = rebuildHistory({ ...published, version: "0123456789ab" });
    expect(history.ok || history.problems).toEqual([{ path: ["version"], message: `is 0123456789ab, but the content hashes to ${published.version}` }]);
  });

  it("refuses a correction that leads back to a version already published, so one pinned URL never serves two states", () => {
    const there = correctedDataset([{ edit: (d) => (d.figures[0].value.value = 5) }]).dataset;
    const back = correctionFor(contentOf(there), contentOf(published), DATE, REASON);
    const history = rebuildHistory({ ...published, corrections: [...there.corrections, back] });
    expect(history.ok || history.problems[0]?.message).toMatch(/back to that same data/);
  });

  it("refuses a correction that changes nothing", () => {
    const noop = { date: DATE, reason: REASON, patch: [{ op: "test" as const, path: "/figures/0/id", value: published.figures[0]!.id }], from: published.version, to: published.version };
    const history = rebuildHistory({ ...published, corrections: [...published.corrections, noop] });
    expect(history.ok).toBe(false);
  });

  it("refuses a patch whose recorded old value is not what the previous version held", () => {
    const { dataset } = correctedDataset([{ edit: (d) => (d.figures[0].value.value = 5) }]);
    const last = dataset.corrections[dataset.corrections.length - 1]!;
    const tampered = { ...last, patch: last.patch.map((op) => (op.op === "test" ? { ...op, value: 9 } : op)) };
    const history = rebuildHistory({ ...dataset, corrections: [...dataset.corrections.slice(0, -1), tampered] });
    expect(history.ok || history.problems[0]?.path).toEqual(["corrections", dataset.corrections.length - 1, "from"]);
  });
});

describe("checkSuccessor(previous, next)", () => {
  const next = correctedDataset([{ edit: (d) => (d.figures[0].value.value = 5) }]).dataset;

  it("accepts a file that adds corrections leading exactly to its data, and the same file saved again", () => {
    expect(checkSuccessor(published, next)).toEqual([]);
    expect(checkSuccessor(next, next)).toEqual([]);
  });

  it("refuses a log with an entry removed or edited", () => {
    expect(checkSuccessor(next, published)[0]?.message).toBe("was removed: the corrections log is append-only");
    const edits = structuredClone(next);
    edits.corrections[0]!.reason.fr = "Autre raison.";
    expect(checkSuccessor(next, edits)).toContainEqual({ path: ["corrections", 0], message: "was edited: earlier entries of the corrections log are never changed" });
  });

  it("refuses a changed file whose new correction starts from another version than the one served", () => {
    const other = correctedDataset([{ edit: (d) => (d.figures[1].value.value = 9) }]).dataset;
    const problems = checkSuccessor(next, { ...other, corrections: [...next.corrections, ...other.corrections.slice(-1)] });
    expect(problems[0]).toEqual({ path: ["corrections", next.corrections.length, "from"], message: `is ${published.version}, but the version it corrects is ${next.version}` });
  });
});

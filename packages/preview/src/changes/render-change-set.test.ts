import type { ChangeSet } from "./change-set";
import { renderChangeSetMarkdown, renderChangeSetText } from "./render-change-set";

const SET: ChangeSet = {
  engine: "mock",
  stack: "dev",
  evacuate: "gov-a",
  summary: { create: 1, update: 1, replace: 0, delete: 1, same: 12 },
  changes: [
    { op: "delete", urn: "urn:a", type: "aws:sns/topic:Topic", name: "alerts", diffs: [], inputs: { name: "alerts" } },
    {
      op: "update",
      urn: "urn:b",
      type: "aws:autoscaling/group:Group",
      name: "api-gov-a-asg",
      diffs: [
        { path: "desiredCapacity", old: 8, new: 2 },
        { path: 'tags["relais:role"]', old: "primary", new: "standby" },
        { path: "warmPool", new: { minSize: 1 } },
      ],
    },
    {
      op: "create",
      urn: "urn:c",
      type: "aws:sns/topic:Topic",
      name: "evacuation",
      diffs: [],
      inputs: { name: "evacuation" },
    },
  ],
};

describe("change set rendering", () => {
  it("prints text like pulumi preview --diff", () => {
    expect(renderChangeSetText(SET)).toBe(
      [
        "Evacuation of gov-a (stack dev, offline, mocks): 1 to create, 1 to update, 1 to delete, 12 unchanged",
        "  - delete  aws:sns/topic:Topic  alerts",
        "  ~ update  aws:autoscaling/group:Group  api-gov-a-asg",
        "      desiredCapacity: 8 → 2",
        '      tags["relais:role"]: "primary" → "standby"',
        '      warmPool: (none) → {"minSize":1}',
        "  + create  aws:sns/topic:Topic  evacuation",
        '      name: "evacuation"',
        "",
      ].join("\n"),
    );
  });

  it("prints a Markdown table, one row per resource", () => {
    const markdown = renderChangeSetMarkdown(SET);
    expect(markdown).toContain("Stack `dev` (offline, mocks): 1 to create, 1 to update, 1 to delete, 12 unchanged.");
    expect(markdown).toContain(
      '| update | `api-gov-a-asg` | `aws:autoscaling/group:Group` | `desiredCapacity`: `8` → `2`<br>`tags["relais:role"]`: `"primary"` → `"standby"`<br>`warmPool`: (none) → `{"minSize":1}` |',
    );
    expect(markdown).toContain("| create | `evacuation` | `aws:sns/topic:Topic` |  |");
  });

  it("says when nothing changes", () => {
    const empty = { ...SET, changes: [], summary: { create: 0, update: 0, replace: 0, delete: 0, same: 3 } };
    expect(renderChangeSetText(empty)).toContain("3 unchanged\n  no resource changes");
    expect(renderChangeSetMarkdown(empty)).toContain("No resource changes.");
  });
});

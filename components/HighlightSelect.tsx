// The "highlight a candidate" menu, shared by the dashboard's filters and the embed dialog.
import type { Dataset } from "@/lib/dataset/schema";

export interface HighlightSelectProps {
  /** The menu's visible name ("Mettre en avant"). */
  label: string;
  /** The label's class, for its place in the form. */
  className?: string;
  /** The candidates to offer, in the dataset's order. */
  candidates: Dataset["candidates"];
  /** The first option's text: no one highlighted. */
  none: string;
  /** The candidate selected when the page loads ("" for none). */
  selected?: string;
}

/** A labelled `<select name="highlight">` with "none" first, then each candidate by name. */
export function HighlightSelect({ label, className, candidates, none, selected = "" }: HighlightSelectProps) {
  return (
    <label className={className}>
      {label}
      <select name="highlight" defaultValue={selected}>
        <option value="">{none}</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

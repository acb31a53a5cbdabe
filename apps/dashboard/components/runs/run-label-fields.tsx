/** A run's name and tags as typed, when a run is started or relabelled. */

export interface RunLabelsDraft {
  name: string;
  /** The tags, comma-separated. */
  tagsText: string;
}

interface RunLabelFieldsProps {
  value: RunLabelsDraft;
  onChange: (value: RunLabelsDraft) => void;
  /** What an empty name shows. */
  namePlaceholder: string;
}

export function RunLabelFields({ value, onChange, namePlaceholder }: RunLabelFieldsProps) {
  return (
    <>
      <label>
        Name
        <input
          name="name"
          value={value.name}
          maxLength={100}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
          placeholder={namePlaceholder}
        />
      </label>
      <label>
        Tags
        <input
          name="tags"
          value={value.tagsText}
          onChange={(e) => onChange({ ...value, tagsText: e.target.value })}
          placeholder="comma-separated"
        />
      </label>
    </>
  );
}

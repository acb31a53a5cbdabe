import { SelectOptions } from './select-options.tsx';

interface FilterSelectProps<V extends string> {
  label: string;
  /** '' when the filter is off. */
  value: V | '';
  /** What the filter-off choice says ("all", "any"). */
  off: string;
  values: readonly V[];
  optionLabel?: (value: V) => string;
  onChange: (value: V | '') => void;
}

/** A list filter's select: the filter-off choice (value ''), then one choice per value. */
export function FilterSelect<V extends string>({
  label,
  value,
  off,
  values,
  optionLabel,
  onChange,
}: FilterSelectProps<V>) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{off}</option>
        <SelectOptions values={values} label={optionLabel} />
      </select>
    </label>
  );
}

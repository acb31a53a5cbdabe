/** The parameters of the false-alarm-rate and good-quantile threshold methods, as a threshold or a policy sets them. */

interface ParameterInputProps {
  value: number;
  onChange: (value: number) => void;
}

/** The target false-alarm rate (a fraction), typed in percent. */
export function FalseAlarmRateInput({ value, onChange }: ParameterInputProps) {
  return (
    <label>
      Target false-alarm rate (%)
      <input
        type="number"
        min={0}
        max={100}
        step="any"
        value={value * 100}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}

/** The quantile of the good test images' scores the threshold is set at. */
export function GoodQuantileInput({ value, onChange }: ParameterInputProps) {
  return (
    <label>
      Quantile of good scores
      <input
        type="number"
        min={0}
        max={1}
        step="any"
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </label>
  );
}

/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, printed every few percent
 * otherwise (CI logs), so long work always shows progress and ETA.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export class ProgressBar {
  private lastPrintedPercent = -1;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly width = 28,
  ) {}

  update(done: number, total: number, detail = '', etaSeconds?: number): void {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(fraction * 100);
    const filled = Math.round(fraction * this.width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
    const eta = etaSeconds === undefined ? '' : ` ETA ${formatDuration(etaSeconds)}`;
    const line = `${this.label} ${bar} ${done}/${total} ${detail}${eta}`;
    if (this.tty) {
      process.stderr.write(`\r\x1b[2K${line}`);
      if (done >= total) process.stderr.write('\n');
    } else if (percent >= this.lastPrintedPercent + 5 || done >= total) {
      this.lastPrintedPercent = percent;
      process.stderr.write(`${line}\n`);
    }
  }
}

/** A one-line progress bar on stderr for long runs; silent when stderr is not a terminal (CI, pipes). */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const enabled = stream.isTTY === true && total > 0;
  let done = 0;
  let lastDrawn = -1;
  const draw = () => {
    const percent = Math.floor((100 * done) / total);
    if (percent === lastDrawn) return;
    lastDrawn = percent;
    const width = 30;
    const filled = Math.round((width * done) / total);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    tick(n = 1) {
      done = Math.min(total, done + n);
      if (enabled) draw();
    },
    finish() {
      if (enabled && lastDrawn !== -1) stream.write('\n');
    },
  };
}

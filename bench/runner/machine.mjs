// describeMachine() is the one line saying where the numbers were taken.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function describeMachine(goVersion) {
  return `${cpuModel()}, ${os.cpus().length} logical CPUs, ${os.type()} ${os.release()} ${os.arch()}, ${goVersion}`;
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {
    // no /proc: fall through to what Node knows
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

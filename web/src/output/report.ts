// report: reads the text Go (and goro) prints when a program dies, so the
// page can show it as a report: the `fatal error:` or `panic:` line first,
// then one block per goroutine, each `goroutine N [reason]:` tied to N.
//
//   fatal error: all goroutines are asleep - deadlock!
//
//   goroutine 1 [chan receive]:
//   main.main()
//   	main.go:16

export interface ReportGoroutine {
  id: number;
  header: string; // "goroutine 1 [chan receive]:"
  reason: string; // "chan receive"
  frames: string[]; // the lines after the header, tabs kept
}

export interface Report {
  kind: 'deadlock' | 'panic' | 'fatal';
  headline: string[]; // the first paragraph: "panic: ..." and any "[recovered]" lines
  goroutines: ReportGoroutine[];
  trailer: string[]; // anything after the goroutine blocks, e.g. "exit status 2"
}

const GOROUTINE = /^goroutine (\d+) \[([^\]]*)\]:$/;

// isReport() says whether runtime text starts a report.
export function isReport(text: string): boolean {
  return /^(fatal error: |panic: )/.test(text);
}

export function parseReport(text: string): Report {
  const lines = text.replace(/\n+$/, '').split('\n');
  const headline: string[] = [];
  let i = 0;
  while (i < lines.length && lines[i] !== '' && !GOROUTINE.test(lines[i]!)) headline.push(lines[i++]!);
  const goroutines: ReportGoroutine[] = [];
  const trailer: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = GOROUTINE.exec(line);
    if (m) {
      goroutines.push({ id: Number(m[1]), header: line, reason: m[2]!, frames: [] });
    } else if (line === '') {
      continue;
    } else if (goroutines.length > 0 && (line.startsWith('\t') || /^[\w./*()-]+\(.*\)$|^created by /.test(line))) {
      goroutines[goroutines.length - 1]!.frames.push(line);
    } else {
      trailer.push(line);
    }
  }
  const first = headline[0] ?? '';
  const kind = first.startsWith('panic: ') ? 'panic' : first.includes('deadlock') ? 'deadlock' : 'fatal';
  return { kind, headline, goroutines, trailer };
}

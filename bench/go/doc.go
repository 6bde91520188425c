// Package gorobench holds Go's side of goro's benchmark suite: the same
// programs as the C++ files in bench/, one file each, run by bench/run.mjs
// with `go test -bench . -cpu 1,2`.
//
// Every benchmark's op is the unit the table reports (a round trip, an
// item, a select, a goroutine, a ring lap, a whole sieve or skynet run), so
// ns/op is the figure compared. Changes to a program here must also be made
// to its C++ twin (same file name, .cpp) so the two stay the same program.
package gorobench

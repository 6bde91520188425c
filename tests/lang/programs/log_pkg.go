// log writes to stderr by default; with SetOutput(os.Stdout), flags 0 and a
// prefix its output is deterministic. log.Fatal prints and exits with status 1
// without running deferred calls.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred (not run after log.Fatal)")
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.SetOutput(os.Stdout)
	log.Println("started", 1, 2)
	log.Printf("value=%d", 42) // a newline is added when missing
	log.Print("no", "spaces", 3, 4)
	fmt.Println(log.Prefix(), log.Flags())

	l := log.New(os.Stdout, "[worker] ", 0)
	l.Println("custom logger")
	l.SetPrefix("[w2] ")
	l.Printf("%s!", "changed prefix")
	ml := log.New(os.Stdout, "mid: ", log.Lmsgprefix)
	ml.Println("prefix after the (empty) header")

	log.SetOutput(os.Stderr)
	log.Fatalf("fatal: %s", "shutting down")
}

// Exit: 1
// Stderr: app: fatal: shutting down
// Output:
// app: started 1 2
// app: value=42
// app: nospaces3 4
// app:  0
// [worker] custom logger
// [w2] changed prefix!
// mid: prefix after the (empty) header

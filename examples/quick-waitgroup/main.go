package main

import (
	"fmt"
	"sync"
)

func printMessage(msg string, wg *sync.WaitGroup) {
	defer wg.Done() // notify that the goroutine is done
	fmt.Println(msg)
}

func main() {
	var wg sync.WaitGroup

	wg.Add(1) // tell the waitgroup that 1 goroutine will run
	go printMessage("goroutine", &wg)

	wg.Wait() // wait for all goroutines to finish
	fmt.Println("All goroutines finished")
}

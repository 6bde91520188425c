package main

import (
	"fmt"
	"time"
)

func worker() {
	// Perform a network call
  fmt.Println("Task Completed")
}

func main() {
	fmt.Println("Starting main function")
	
	time.Sleep(1 * time.Second)
	go worker()

	fmt.Println("Exiting main function")
}

package main

import (
   "fmt"
)

func worker() {
	// Perform a network call
  fmt.Println("Task Completed")
}

func main() {
   fmt.Println("Starting main function")

   go worker()

   fmt.Println("Exiting main function")
}

package main

import (
	"fmt"
)

func main() {
	fmt.Println("Starting...")
	go worker("sort data")
	go worker("parse files")
	go worker("generate output")
}

func worker(task string) {
	for i := 0; i < 3; i++ {
		fmt.Printf("%s %d complete\n", task, i)
	}
}

package main

import (
	"fmt"
)

func main() {
	fmt.Println("Starting...")
	worker("sort data")
	worker("parse files")
	worker("generate output")
}

func worker(task string) {
	for i := 0; i < 3; i++ {
		fmt.Printf("%s %d complete\n", task, i)
	}
}

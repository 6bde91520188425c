package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	fmt.Println("Starting...")
	go worker("sort data")
	go worker("parse files")
	go worker("generate output")
	time.Sleep(time.Second * 15)
}

func worker(task string) {
	for i := 0; i < 3; i++ {
		time.Sleep(time.Second * time.Duration(rand.Intn(4)))
		fmt.Printf("%s %d complete\n", task, i)
	}
}

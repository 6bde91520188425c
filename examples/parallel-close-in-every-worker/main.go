package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	ch := make(chan string)
	
	fmt.Println("Starting...")
	go worker("sort data", ch)
	go worker("parse files", ch)
	go worker("generate output", ch)
	for i:= range ch {
		fmt.Print(i)
	}
}

func worker(task string, ch chan string) {
	for i := 0; i < 3; i++ {
		time.Sleep(time.Second * time.Duration(rand.Intn(4)))
		out := fmt.Sprintf("%s %d complete\n", task, i)
		ch <- out
	}
	close(ch)
}

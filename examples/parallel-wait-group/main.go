package main

import (
	"fmt"
	"math/rand"
	"time"
	"sync"
)

func main() {
  var wg sync.WaitGroup
	fmt.Println("Starting...")
	wg.Add(1)
	go worker("sort data", &wg)
	wg.Add(1)
	go worker("parse files", &wg)
	wg.Add(1)
	go worker("generate output", &wg)
	wg.Wait()
}

func worker(task string,  wg *sync.WaitGroup) {
	for i := 0; i < 3; i++ {
		time.Sleep(time.Second * time.Duration(rand.Intn(4)))
		fmt.Printf("%s %d complete\n", task, i)
	}
	wg.Done()
}

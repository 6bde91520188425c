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
	for _, task := range []string{"sort data", "parse files", "generate output"} {
		wg.Add(1)
		go worker(task, &wg)
	}
	wg.Wait()
}

func worker(task string,  wg *sync.WaitGroup) {
	for i := 0; i < 3; i++ {
		time.Sleep(time.Second * time.Duration(rand.Intn(4)))
		fmt.Printf("%s %d complete\n", task, i)
	}
	wg.Done()
}

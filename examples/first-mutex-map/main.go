package main

import (
	"fmt"
	"math/rand"
	"sync"
)

func worker(workerId int, resultMap map[int]int, wg *sync.WaitGroup, mu *sync.Mutex) {
	defer wg.Done()

	mu.Lock()
	defer mu.Unlock()
	resultMap[workerId] = rand.Intn(100)
	fmt.Println("Task Completed by worker", workerId)
}

func main() {
	fmt.Println("Starting main function")
	wg := sync.WaitGroup{}

	mu := sync.Mutex{}
	resultMap := make(map[int]int)

	workers := []int{1, 2, 3}
	for _, workerId := range workers {
		wg.Add(1)
		go worker(workerId, resultMap, &wg, &mu)
	}

	wg.Wait()

	fmt.Println("Exiting main function with result", resultMap)
}

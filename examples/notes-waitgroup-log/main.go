package main

import (
	"log" // synchronized print statements?
	"sync"
	"time"
)

var wg sync.WaitGroup

func myFunc() {
	time.Sleep(1500 * time.Millisecond)
	for i := 0; i < 3; i++ {
		log.Println("my func: ", i)
	}
	wg.Done() // equivalent to wg.Add(-1)
}

func anotherFunc() {
	time.Sleep(500 * time.Millisecond)
	for i := 4; i < 7; i++ {
		log.Println("another func", i)
	}
	wg.Done()
}

func main() {
	wg.Add(2)
	go myFunc()
	go anotherFunc()
	wg.Wait() // block until all tasks finished instead of using time delay
}

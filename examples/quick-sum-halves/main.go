package main

import "fmt"

func sum(numbers []int, ch chan int) {
	total := 0
	for _, num := range numbers {
		total += num
	}
	ch <- total // send result to channel
}

func main() {
	numbers := []int{1, 2, 3, 4, 5, 6}
	ch := make(chan int)

	go sum(numbers[:len(numbers)/2], ch)
	go sum(numbers[len(numbers)/2:], ch)

	sum1, sum2 := <-ch, <-ch // receive results from both goroutines
	fmt.Println("Total sum:", sum1+sum2)
}

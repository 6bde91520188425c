package main

import "fmt"

func sendMessage(ch chan string) {
	ch <- "goroutine" // send message to channel
}

func main() {
	ch := make(chan string) // create channel

	go sendMessage(ch) // start goroutine

	msg := <- ch // receive message from channel
	fmt.Println(msg)
}

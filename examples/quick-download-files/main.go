package main

import (
	"fmt"
	"sync"
	"time"
)

func downloadFile(fileID int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Printf("Downloading file %d...\n", fileID)
	time.Sleep(2 * time.Second) // simulating file download
	fmt.Printf("File %d downloaded.\n", fileID)
}

func main() {
	var wg sync.WaitGroup

	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go downloadFile(i, &wg)
	}

	wg.Wait() // wait for all downloads to complete
	fmt.Println("All files downloaded.")
}

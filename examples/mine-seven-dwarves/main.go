// Goroutines in a Mine (William George Cook, 2024): the article's fragments
// put together into one program. The article's code comes from three packages
// (main, channeling, worker); here they share one file, so the article's
// `channeling.` and `worker.` qualifiers are dropped. Everything the article
// does not show (the types, ReportErrors, Dwarf, New, logStep, sendDone, main)
// is filled in to fit what the article says about it.
package main

import (
	"fmt"
	"log"
	"math/rand"
	"time"
)

// From the channeling package.

type Input interface {
	DoWork() error
}

type InputChan chan Input
type ErrChan chan error
type DoneChan chan bool
type WorkChan chan bool

func Process(inChan InputChan, errChan ErrChan, done DoneChan, workChan WorkChan) {
	doWork := func(i Input) {
		if err := i.DoWork(); err != nil {
			errChan <- err
		}
	}

	log.Println("Process is listening...")
	var doneCounter = 0
	for {
		select {
		case i := <-inChan:
			go doWork(i)
		case <-workChan:
			doneCounter++
			if doneCounter == 7 {
				done <- true
			}
		}
	}

}

// ReportErrors logs each error a dwarf reports.
func ReportErrors(errChan ErrChan) {
	for err := range errChan {
		log.Println("error:", err)
	}
}

// From the worker package.

type Dwarf struct {
	Name     string
	Error    error
	WorkChan WorkChan
}

func New(name string, workChan WorkChan) Dwarf {
	return Dwarf{
		Name:     name,
		Error:    fmt.Errorf("%s found no diamonds", name),
		WorkChan: workChan,
	}
}

func (d Dwarf) logStep(step string) {
	log.Printf("%s: %s", d.Name, step)
}

func (d Dwarf) sendDone() {
	d.WorkChan <- true
}

func (d Dwarf) DoWork() error {
	d.logStep("doing some work!")
	defer d.sendDone()
	randTime := rand.Int() % 100
	time.Sleep(time.Duration(randTime/5) * time.Second)
	if randTime%2 == 0 {
		return d.Error
	}
	d.logStep("success!")
	return nil
}

// The main package.

var (
	inChan   InputChan
	errChan  ErrChan
	doneChan DoneChan
	workChan WorkChan
)

func init() {
	inChan = make(InputChan)
	errChan = make(ErrChan)
	doneChan = make(chan bool, 1)
	workChan = make(chan bool, 1)
}

func main() {
	go Process(inChan, errChan, doneChan, workChan)
	go ReportErrors(errChan)

	names := []string{"Doc", "Grumpy", "Happy", "Sleepy", "Bashful", "Sneezy", "Dopey"}
	for _, name := range names {
		inChan <- New(name, workChan)
	}

	<-doneChan
	log.Println("all 7 dwarves are done")
}

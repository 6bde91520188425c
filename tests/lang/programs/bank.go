// A small bank: accounts with methods and a mutex, custom errors checked with
// errors.Is/As, concurrent deposits, transfers and a sorted report.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type AccountError struct {
	ID  string
	Err error
}

func (e *AccountError) Error() string { return "account " + e.ID + ": " + e.Err.Error() }
func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	balance int64
	history []string
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{ID: id, balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Deposit(id string, amount int64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	a, ok := b.accounts[id]
	if !ok {
		return &AccountError{id, errors.New("no such account")}
	}
	a.balance += amount
	return nil
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	src, dst := b.accounts[from], b.accounts[to]
	if src == nil || dst == nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, errors.New("unknown account"))
	}
	if src.balance < amount {
		return fmt.Errorf("transfer %s->%s: %w", from, to, &AccountError{from, ErrInsufficient})
	}
	src.balance -= amount
	dst.balance += amount
	src.history = append(src.history, fmt.Sprintf("-%d", amount))
	dst.history = append(dst.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (b *Bank) Report() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%-6s %6d %v\n", a.ID, a.balance, a.history)
	}
	return sb.String()
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bank.Deposit("carol", 1); err != nil {
				fmt.Println(err)
			}
		}()
	}
	wg.Wait()

	fmt.Println(bank.Transfer("alice", "bob", 30))
	err := bank.Transfer("bob", "alice", 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var ae *AccountError
	if errors.As(err, &ae) {
		fmt.Println("failing account:", ae.ID)
	}
	fmt.Println(bank.Transfer("alice", "zed", 1))
	fmt.Println(bank.Deposit("zed", 1))
	fmt.Println(bank.Transfer("carol", "alice", 100))
	fmt.Print(bank.Report())
}

// Output:
// <nil>
// transfer bob->alice: account bob: insufficient funds
// true
// failing account: bob
// transfer alice->zed: unknown account
// account zed: no such account
// <nil>
// alice     170 [-30 +100]
// bob        80 [+30]
// carol       0 [-100]

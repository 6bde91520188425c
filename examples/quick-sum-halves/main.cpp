// Summing a list of numbers using multiple workers (Goroutines (quick notes),
// 2024): each half is summed by its own goroutine.
#include "example.hpp"

#include <span>
#include <vector>

namespace {

using namespace goro;

#line 5 "main.go"
void sum(std::span<const int> numbers, Chan<int> ch) {
	int total = 0;
	for (int num : numbers) {
		total += num;
	}
	ch.send(total); // send result to channel
}

void main_() {
	std::vector<int> numbers{1, 2, 3, 4, 5, 6};
	Chan<int> ch;

	go(Label{"main.sum"}, sum, std::span<const int>(numbers).first(numbers.size()/2), ch);
	go(Label{"main.sum"}, sum, std::span<const int>(numbers).subspan(numbers.size()/2), ch);

	int sum1 = ch.recv(), sum2 = ch.recv(); // receive results from both goroutines
	println("Total sum:", sum1+sum2);
}

}  // namespace

GORO_EXAMPLE(main_);

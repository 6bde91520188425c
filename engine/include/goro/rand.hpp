// rand: math/rand's top-level functions, on one source per run.
//
//   goro::rand::intn(4)        // like rand.Intn(4)
//
// Go 1.20 and later seed math/rand's global source at random on every run;
// goro seeds it from Options::seed instead, so a run stays a pure function of
// (program, seed) at procs 1 while other seeds give other numbers (goro
// explore runs many seeds). The numbers are not Go's: no program may rely on
// particular values, as none can on Go since 1.20. All goroutines share the
// source, as in Go, so which goroutine draws which number is up to the
// schedule. Outside goro::run the source is per thread, seeded with 1.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "goro/site.hpp"

namespace goro::rand {

int64_t int63();                                   // rand.Int63: [0, 2^63)
uint32_t uint32();                                 // rand.Uint32
uint64_t uint64();                                 // rand.Uint64
int64_t int_();                                    // rand.Int: [0, 2^63)
int64_t int63n(int64_t n, Site site = {});         // rand.Int63n: [0, n); panics if n <= 0
int32_t int31n(int32_t n, Site site = {});         // rand.Int31n
int intn(int n, Site site = {});                   // rand.Intn
double float64();                                  // rand.Float64: [0, 1)
std::vector<int> perm(int n, Site site = {});      // rand.Perm: a permutation of [0, n)
void shuffle(int n, const std::function<void(int, int)>& swap, Site site = {});  // rand.Shuffle
void seed(int64_t s);                              // rand.Seed

}  // namespace goro::rand

// Go's sorting algorithms, once, for every native that sorts: sort.Slice
// and SliceStable (sort/zsortfunc.go), slices.Sort, SortFunc and
// SortStableFunc (slices/zsort*.go). Go generates all of these from one
// template (sort/gen_sort_variants.go), so one port serves them: the same
// comparisons and swaps in the same order, which is what decides where
// equal elements end up under the unstable sort, and how often a Go less
// or cmp function is called.
//
// Data is any type with `bool less(int64_t i, int64_t j)` and
// `void swap(int64_t i, int64_t j)`.
#pragma once

#include <bit>
#include <cstdint>
#include <utility>

namespace goro::lang::vm::gosort {

enum class Hint { Unknown, Increasing, Decreasing };

// Xorshift is sort's pattern-breaking generator.
struct Xorshift {
  uint64_t r;
  uint64_t next() {
    r ^= r << 13;
    r ^= r >> 17;
    r ^= r << 5;
    return r;
  }
};

inline int64_t bits_len(int64_t n) { return std::bit_width(uint64_t(n)); }

template <class Data>
void insertion_sort(Data& d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; ++i) {
    for (int64_t j = i; j > a && d.less(j, j - 1); --j) d.swap(j, j - 1);
  }
}

template <class Data>
void sift_down(Data& d, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) ++child;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

template <class Data>
void heap_sort(Data& d, int64_t a, int64_t b) {
  const int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; --i) sift_down(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; --i) {
    d.swap(first, first + i);
    sift_down(d, lo, i, first);
  }
}

template <class Data>
int64_t partition(Data& d, int64_t a, int64_t b, int64_t pivot, bool& already_partitioned) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && d.less(i, a)) ++i;
  while (i <= j && !d.less(j, a)) --j;
  if (i > j) {
    d.swap(j, a);
    already_partitioned = true;
    return j;
  }
  d.swap(i, j);
  ++i;
  --j;
  for (;;) {
    while (i <= j && d.less(i, a)) ++i;
    while (i <= j && !d.less(j, a)) --j;
    if (i > j) break;
    d.swap(i, j);
    ++i;
    --j;
  }
  d.swap(j, a);
  already_partitioned = false;
  return j;
}

template <class Data>
int64_t partition_equal(Data& d, int64_t a, int64_t b, int64_t pivot) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) ++i;
    while (i <= j && d.less(a, j)) --j;
    if (i > j) break;
    d.swap(i, j);
    ++i;
    --j;
  }
  return i;
}

template <class Data>
bool partial_insertion_sort(Data& d, int64_t a, int64_t b) {
  constexpr int kMaxSteps = 5, kShortestShifting = 50;
  int64_t i = a + 1;
  for (int step = 0; step < kMaxSteps; ++step) {
    while (i < b && !d.less(i, i - 1)) ++i;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (int64_t j = i - 1; j >= 1; --j) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (int64_t j = i + 1; j < b; ++j) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

template <class Data>
void break_patterns(Data& d, int64_t a, int64_t b) {
  const int64_t length = b - a;
  if (length < 8) return;
  Xorshift random{uint64_t(length)};
  const uint64_t modulus = uint64_t(1) << bits_len(length);
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
    int64_t other = int64_t(random.next() & (modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}

template <class Data>
int64_t order2_median(Data& d, int64_t a, int64_t b, int64_t c, int& swaps) {
  auto order2 = [&](int64_t& x, int64_t& y) {
    if (d.less(y, x)) {
      ++swaps;
      std::swap(x, y);
    }
  };
  order2(a, b);
  order2(b, c);
  order2(a, b);
  return b;
}

template <class Data>
int64_t choose_pivot(Data& d, int64_t a, int64_t b, Hint& hint) {
  constexpr int64_t kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  const int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = order2_median(d, i - 1, i, i + 1, swaps);
      j = order2_median(d, j - 1, j, j + 1, swaps);
      k = order2_median(d, k - 1, k, k + 1, swaps);
    }
    j = order2_median(d, i, j, k, swaps);
  }
  hint = swaps == 0 ? Hint::Increasing : swaps == kMaxSwaps ? Hint::Decreasing : Hint::Unknown;
  return j;
}

template <class Data>
void reverse_range(Data& d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; ++i, --j) d.swap(i, j);
}

// pdqsort() is Go's pattern-defeating quicksort; limit is bits.Len(length).
template <class Data>
void pdqsort(Data& d, int64_t a, int64_t b, int64_t limit) {
  constexpr int64_t kMaxInsertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    const int64_t length = b - a;
    if (length <= kMaxInsertion) {
      insertion_sort(d, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(d, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(d, a, b);
      --limit;
    }
    Hint hint;
    int64_t pivot = choose_pivot(d, a, b, hint);
    if (hint == Hint::Decreasing) {
      reverse_range(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::Increasing;
    }
    if (was_balanced && was_partitioned && hint == Hint::Increasing) {
      if (partial_insertion_sort(d, a, b)) return;
    }
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partition_equal(d, a, b, pivot);
      continue;
    }
    bool already;
    const int64_t mid = partition(d, a, b, pivot, already);
    was_partitioned = already;
    const int64_t left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

template <class Data>
void sort(Data& d, int64_t n) {
  pdqsort(d, 0, n, bits_len(n));
}

template <class Data>
void swap_range(Data& d, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; ++i) d.swap(a + i, b + i);
}

template <class Data>
void rotate(Data& d, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(d, m - i, m, j);
      i -= j;
    } else {
      swap_range(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(d, m - i, m, i);
}

template <class Data>
void sym_merge(Data& d, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      const int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (d.less(h, a)) i = h + 1;
      else j = h;
    }
    for (int64_t k = a; k < i - 1; ++k) d.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      const int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (!d.less(m, h)) i = h + 1;
      else j = h;
    }
    for (int64_t k = m; k > i; --k) d.swap(k, k - 1);
    return;
  }
  const int64_t mid = int64_t(uint64_t(a + b) >> 1);
  const int64_t n = mid + m;
  int64_t start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  const int64_t p = n - 1;
  while (start < r) {
    const int64_t c = int64_t(uint64_t(start + r) >> 1);
    if (!d.less(p - c, c)) start = c + 1;
    else r = c;
  }
  const int64_t end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) sym_merge(d, a, start, mid);
  if (mid < end && end < b) sym_merge(d, mid, end, b);
}

// stable() is Go's insertion sort of 20-element blocks merged by SymMerge.
template <class Data>
void stable(Data& d, int64_t n) {
  int64_t block = 20, a = 0, b = block;
  while (b <= n) {
    insertion_sort(d, a, b);
    a = b;
    b += block;
  }
  insertion_sort(d, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(d, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    if (const int64_t m = a + block; m < n) sym_merge(d, a, m, n);
    block *= 2;
  }
}

}  // namespace goro::lang::vm::gosort

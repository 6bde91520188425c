// How time values print: Go's time.Duration.String and time.Time.String,
// for goro::Duration (any std::chrono::duration) and goro::Time.
#include <cstdint>
#include <string>

#include "goro/detail/fmt_time.hpp"
#include "goro/time.hpp"

namespace goro::detail::fmt {

namespace {

// prepend_frac() writes the fraction of v / 10^prec (".125") omitting
// trailing zeros, and the point too if the fraction is zero; returns v / 10^prec.
uint64_t prepend_frac(std::string& rev, uint64_t v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; ++i) {
    const uint64_t digit = v % 10;
    print = print || digit != 0;
    if (print) rev.push_back(static_cast<char>('0' + digit));
    v /= 10;
  }
  if (print) rev.push_back('.');
  return v;
}

void prepend_int(std::string& rev, uint64_t v) {
  do {
    rev.push_back(static_cast<char>('0' + v % 10));
    v /= 10;
  } while (v != 0);
}

struct CivilDate {
  int64_t year;
  unsigned month, day;
};

// civil_from_days() converts days since 1970-01-01 to a proleptic Gregorian
// date (Howard Hinnant's algorithm, exact for every int64 day count we use).
CivilDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<uint64_t>(z - era * 146097);
  const uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const uint64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int64_t>(yoe) + era * 400 + (month <= 2), month, day};
}

}  // namespace

void append_padded(std::string& out, int64_t v, int width) {
  if (v < 0) {
    out.push_back('-');
    v = -v;
  }
  const std::string digits = std::to_string(v);
  if (static_cast<int>(digits.size()) < width) out.append(static_cast<size_t>(width) - digits.size(), '0');
  out.append(digits);
}

std::string duration_string(int64_t d) {
  std::string rev;  // built backwards, like Go's buffer, then reversed
  uint64_t u = static_cast<uint64_t>(d);
  const bool neg = d < 0;
  if (neg) u = 0 - u;
  if (u < 1'000'000'000) {
    // Below a second, use smaller units, like 1.2ms.
    if (u == 0) return "0s";
    int prec;
    rev.push_back('s');
    if (u < 1'000) {
      prec = 0;
      rev.push_back('n');
    } else if (u < 1'000'000) {
      prec = 3;
      rev.append("\xB5\xC2");  // U+00B5 'µ', reversed
    } else {
      prec = 6;
      rev.push_back('m');
    }
    u = prepend_frac(rev, u, prec);
    prepend_int(rev, u);
  } else {
    rev.push_back('s');
    u = prepend_frac(rev, u, 9);
    prepend_int(rev, u % 60);  // seconds
    u /= 60;
    if (u > 0) {
      rev.push_back('m');
      prepend_int(rev, u % 60);
      u /= 60;
      if (u > 0) {  // stop at hours: days can be different lengths
        rev.push_back('h');
        prepend_int(rev, u);
      }
    }
  }
  if (neg) rev.push_back('-');
  return std::string(rev.rbegin(), rev.rend());
}

CivilTime civil_time(const Time& t) {
  constexpr int64_t kNanosPerDay = 86'400LL * 1'000'000'000LL;
  int64_t days = t.unix_nanos / kNanosPerDay;
  int64_t rem = t.unix_nanos % kNanosPerDay;
  if (rem < 0) {
    rem += kNanosPerDay;
    --days;
  }
  const CivilDate date = civil_from_days(days);
  const int64_t secs = rem / 1'000'000'000;
  return CivilTime{date.year,
                   static_cast<int>(date.month),
                   static_cast<int>(date.day),
                   static_cast<int>(secs / 3600),
                   static_cast<int>(secs / 60 % 60),
                   static_cast<int>(secs % 60),
                   rem % 1'000'000'000};
}

// time_string() formats with Go's layout "2006-01-02 15:04:05.999999999
// -0700 MST". Go appends the monotonic clock reading (" m=+0.000000001") to
// times from time.Now; goro omits it.
std::string time_string(const Time& t) {
  const CivilTime c = civil_time(t);
  std::string out;
  out.reserve(40);
  append_padded(out, c.year, 4);
  out.push_back('-');
  append_padded(out, c.month, 2);
  out.push_back('-');
  append_padded(out, c.day, 2);
  out.push_back(' ');
  append_padded(out, c.hour, 2);
  out.push_back(':');
  append_padded(out, c.minute, 2);
  out.push_back(':');
  append_padded(out, c.second, 2);
  if (c.nanosecond != 0) {  // ".999999999": the fraction without trailing zeros
    std::string frac = std::to_string(c.nanosecond);
    frac.insert(0, 9 - frac.size(), '0');
    while (frac.back() == '0') frac.pop_back();
    out.push_back('.');
    out.append(frac);
  }
  out.append(" +0000 UTC");
  return out;
}

}  // namespace goro::detail::fmt

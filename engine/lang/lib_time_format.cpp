// Package time's text conversions (stdlib/time.go): Time.Format,
// AppendFormat, String and GoString, Parse and ParseInLocation,
// ParseError.Error and ParseDuration, ported from Go's time/format.go, with
// the calendar of the stub's Date (Hinnant's days_from_civil).
#include <string>

#include "goro/detail/fmt_strconv.hpp"
#include "lib_time.hpp"
#include "native_support.hpp"

namespace goro::lang::vm::timepkg {

namespace {

using namespace native;

// ---- the calendar (the stub's daysFromCivil and civilFromDays)


int64_t days_from_civil(int64_t year, int month, int day) {
  if (month <= 2) --year;
  int64_t era, yoe;
  floor_div(year, 400, era, yoe);
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 306;
}

struct Civil {
  int64_t year;
  int month;
  int day;
  int yday;  // 0-based
};

Civil civil_from_days(int64_t days) {
  int64_t era, doe;
  floor_div(days + 306, 146097, era, doe);
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = int(doy - (153 * mp + 2) / 5 + 1);
  int m = int(mp) + 3;
  if (m > 12) m -= 12;
  int64_t y = era * 400 + yoe;
  if (m <= 2) ++y;
  return Civil{y, m, day, int(days - days_from_civil(y, 1, 1))};
}

bool is_leap(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

int days_in(int month, int64_t year) {
  if (month == 2 && is_leap(year)) return 29;
  return kDaysBefore[month] - kDaysBefore[month - 1];
}

void norm(int64_t& hi, int64_t& lo, int64_t base) {
  if (lo < 0) {
    const int64_t n = (-lo - 1) / base + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    const int64_t n = lo / base;
    hi += n;
    lo -= n * base;
  }
}

// date() is the stub's Date; loc is the Location pointer (nil: UTC).
TimeVal date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec,
             void* loc) {
  int64_t m = month - 1;
  norm(year, m, 12);
  month = m + 1;
  norm(sec, nsec, 1000000000);
  norm(min, sec, 60);
  norm(hour, min, 60);
  norm(day, hour, 24);
  const int64_t days = days_from_civil(year, int(month), 1) + (day - 1);
  const int64_t abs = days * kSecondsPerDay + hour * 3600 + min * 60 + sec;
  TimeVal t;
  t.sec = abs - read_loc(loc).offset;
  t.nsec = int32_t(nsec);
  t.loc = loc;
  return t;
}

// ---- formatting (time/format.go)

constexpr const char* kLongDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kShortDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kShortMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kLongMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};

enum : int {
  stdNeedDate = 1 << 8,
  stdNeedClock = 2 << 8,
  stdArgShift = 16,
  stdSeparatorShift = 28,
  stdMask = (1 << stdArgShift) - 1,

  stdLongMonth = 1 + stdNeedDate,
  stdMonth,
  stdNumMonth,
  stdZeroMonth,
  stdLongWeekDay,
  stdWeekDay,
  stdDay,
  stdUnderDay,
  stdZeroDay,
  stdUnderYearDay,
  stdZeroYearDay,
  stdHour = 12 + stdNeedClock,
  stdHour12,
  stdZeroHour12,
  stdMinute,
  stdZeroMinute,
  stdSecond,
  stdZeroSecond,
  stdLongYear = 19 + stdNeedDate,
  stdYear,
  stdPM = 21 + stdNeedClock,
  stdpm,
  stdTZ = 23,
  stdISO8601TZ,
  stdISO8601SecondsTZ,
  stdISO8601ShortTZ,
  stdISO8601ColonTZ,
  stdISO8601ColonSecondsTZ,
  stdNumTZ,
  stdNumSecondsTz,
  stdNumShortTZ,
  stdNumColonTZ,
  stdNumColonSecondsTZ,
  stdFracSecond0,
  stdFracSecond9,
};

constexpr int kStd0x[] = {stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear};

bool is_digit(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool starts_with_lower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }
bool has(std::string_view s, size_t i, std::string_view w) { return s.size() >= i + w.size() && s.substr(i, w.size()) == w; }

int std_frac_second(int code, size_t n, char c) {
  int std = code | int((n & 0xfff) << stdArgShift);
  if (c != '.') std |= 1 << stdSeparatorShift;
  return std;
}
int digits_len(int std) { return (std >> stdArgShift) & 0xfff; }
char separator(int std) { return (std >> stdSeparatorShift) == 0 ? '.' : ','; }

// Chunk is nextStdChunk's result.
struct Chunk {
  std::string_view prefix;
  int std = 0;
  std::string_view suffix;
};

Chunk next_std_chunk(std::string_view layout) {
  for (size_t i = 0; i < layout.size(); ++i) {
    auto at = [&](int std, size_t len) { return Chunk{layout.substr(0, i), std, layout.substr(i + len)}; };
    switch (layout[i]) {
      case 'J':
        if (has(layout, i, "Jan")) {
          if (has(layout, i, "January")) return at(stdLongMonth, 7);
          if (!starts_with_lower(layout.substr(i + 3))) return at(stdMonth, 3);
        }
        break;
      case 'M':
        if (layout.size() >= i + 3) {
          if (has(layout, i, "Mon")) {
            if (has(layout, i, "Monday")) return at(stdLongWeekDay, 6);
            if (!starts_with_lower(layout.substr(i + 3))) return at(stdWeekDay, 3);
          }
          if (has(layout, i, "MST")) return at(stdTZ, 3);
        }
        break;
      case '0':
        if (layout.size() >= i + 2 && layout[i + 1] >= '1' && layout[i + 1] <= '6') {
          return at(kStd0x[layout[i + 1] - '1'], 2);
        }
        if (layout.size() >= i + 3 && layout[i + 1] == '0' && layout[i + 2] == '2') return at(stdZeroYearDay, 3);
        break;
      case '1':
        if (layout.size() >= i + 2 && layout[i + 1] == '5') return at(stdHour, 2);
        return at(stdNumMonth, 1);
      case '2':
        if (has(layout, i, "2006")) return at(stdLongYear, 4);
        return at(stdDay, 1);
      case '_':
        if (layout.size() >= i + 2 && layout[i + 1] == '2') {
          if (layout.size() >= i + 5 && layout.substr(i + 1, 4) == "2006") {
            return Chunk{layout.substr(0, i + 1), stdLongYear, layout.substr(i + 5)};
          }
          return at(stdUnderDay, 2);
        }
        if (layout.size() >= i + 3 && layout[i + 1] == '_' && layout[i + 2] == '2') return at(stdUnderYearDay, 3);
        break;
      case '3': return at(stdHour12, 1);
      case '4': return at(stdMinute, 1);
      case '5': return at(stdSecond, 1);
      case 'P':
        if (layout.size() >= i + 2 && layout[i + 1] == 'M') return at(stdPM, 2);
        break;
      case 'p':
        if (layout.size() >= i + 2 && layout[i + 1] == 'm') return at(stdpm, 2);
        break;
      case '-':
        if (has(layout, i, "-070000")) return at(stdNumSecondsTz, 7);
        if (has(layout, i, "-07:00:00")) return at(stdNumColonSecondsTZ, 9);
        if (has(layout, i, "-0700")) return at(stdNumTZ, 5);
        if (has(layout, i, "-07:00")) return at(stdNumColonTZ, 6);
        if (has(layout, i, "-07")) return at(stdNumShortTZ, 3);
        break;
      case 'Z':
        if (has(layout, i, "Z070000")) return at(stdISO8601SecondsTZ, 7);
        if (has(layout, i, "Z07:00:00")) return at(stdISO8601ColonSecondsTZ, 9);
        if (has(layout, i, "Z0700")) return at(stdISO8601TZ, 5);
        if (has(layout, i, "Z07:00")) return at(stdISO8601ColonTZ, 6);
        if (has(layout, i, "Z07")) return at(stdISO8601ShortTZ, 3);
        break;
      case '.': case ',':
        if (i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
          const char ch = layout[i + 1];
          size_t j = i + 1;
          while (j < layout.size() && layout[j] == ch) ++j;
          if (!is_digit(layout, j)) {
            const int code = ch == '9' ? stdFracSecond9 : stdFracSecond0;
            return Chunk{layout.substr(0, i), std_frac_second(code, j - (i + 1), layout[i]), layout.substr(j)};
          }
        }
        break;
    }
  }
  return Chunk{layout, 0, {}};
}

void append_int(std::string& b, int64_t x, int width) {
  uint64_t u = uint64_t(x);
  if (x < 0) {
    b += '-';
    u = uint64_t(0) - u;
  }
  char buf[20];
  int i = 20;
  while (u >= 10) {
    buf[--i] = char('0' + u % 10);
    u /= 10;
  }
  buf[--i] = char('0' + u);
  for (int w = 20 - i; w < width; ++w) b += '0';
  b.append(buf + i, size_t(20 - i));
}

void format_nano(std::string& b, uint32_t nanosec, int std) {
  int n = digits_len(std);
  const bool trim = (std & stdMask) == stdFracSecond9;
  char buf[9];
  for (int start = 9; start > 0;) {
    buf[--start] = char('0' + nanosec % 10);
    nanosec /= 10;
  }
  if (n > 9) n = 9;
  if (trim) {
    while (n > 0 && buf[n - 1] == '0') --n;
    if (n == 0) return;
  }
  b += separator(std);
  b.append(buf, size_t(n));
}

void format_into(std::string& b, const TimeVal& t, std::string_view layout) {
  const Loc loc = read_loc(t.loc);
  const std::string_view name = loc.zone;
  const int64_t offset = loc.offset;
  const int64_t abs = t.sec + offset;
  int64_t days, secs;
  floor_div(abs, kSecondsPerDay, days, secs);
  bool have_date = false, have_clock = false;
  Civil c{};
  int hour = 0, min = 0, sec = 0;
  while (!layout.empty()) {
    const Chunk ch = next_std_chunk(layout);
    b += ch.prefix;
    if (ch.std == 0) break;
    layout = ch.suffix;
    const int std = ch.std;
    if (!have_date && (std & stdNeedDate)) {
      c = civil_from_days(days);
      have_date = true;
    }
    if (!have_clock && (std & stdNeedClock)) {
      hour = int(secs / 3600);
      min = int(secs % 3600 / 60);
      sec = int(secs % 60);
      have_clock = true;
    }
    const int yday = c.yday + 1;
    int64_t wq, wd;
    switch (std & stdMask) {
      case stdYear: {
        int64_t y = c.year < 0 ? -c.year : c.year;
        append_int(b, y % 100, 2);
        break;
      }
      case stdLongYear: append_int(b, c.year, 4); break;
      case stdMonth: b += kShortMonthNames[c.month - 1]; break;
      case stdLongMonth: b += kLongMonthNames[c.month - 1]; break;
      case stdNumMonth: append_int(b, c.month, 0); break;
      case stdZeroMonth: append_int(b, c.month, 2); break;
      case stdWeekDay:
        floor_div(days + 1, 7, wq, wd);
        b += kShortDayNames[wd];
        break;
      case stdLongWeekDay:
        floor_div(days + 1, 7, wq, wd);
        b += kLongDayNames[wd];
        break;
      case stdDay: append_int(b, c.day, 0); break;
      case stdUnderDay:
        if (c.day < 10) b += ' ';
        append_int(b, c.day, 0);
        break;
      case stdZeroDay: append_int(b, c.day, 2); break;
      case stdUnderYearDay:
        if (yday < 100) {
          b += ' ';
          if (yday < 10) b += ' ';
        }
        append_int(b, yday, 0);
        break;
      case stdZeroYearDay: append_int(b, yday, 3); break;
      case stdHour: append_int(b, hour, 2); break;
      case stdHour12: append_int(b, hour % 12 == 0 ? 12 : hour % 12, 0); break;
      case stdZeroHour12: append_int(b, hour % 12 == 0 ? 12 : hour % 12, 2); break;
      case stdMinute: append_int(b, min, 0); break;
      case stdZeroMinute: append_int(b, min, 2); break;
      case stdSecond: append_int(b, sec, 0); break;
      case stdZeroSecond: append_int(b, sec, 2); break;
      case stdPM: b += hour >= 12 ? "PM" : "AM"; break;
      case stdpm: b += hour >= 12 ? "pm" : "am"; break;
      case stdISO8601TZ: case stdISO8601ColonTZ: case stdISO8601SecondsTZ: case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ: case stdNumTZ: case stdNumColonTZ: case stdNumSecondsTz: case stdNumShortTZ:
      case stdNumColonSecondsTZ: {
        if (offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
                            std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ)) {
          b += 'Z';
          break;
        }
        int64_t zone = offset / 60, absoffset = offset;
        if (zone < 0) {
          b += '-';
          zone = -zone;
          absoffset = -absoffset;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ ||
            std == stdNumColonSecondsTZ) {
          b += ':';
        }
        if (std != stdNumShortTZ && std != stdISO8601ShortTZ) append_int(b, zone % 60, 2);
        if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ ||
            std == stdISO8601ColonSecondsTZ) {
          if (std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ) b += ':';
          append_int(b, absoffset % 60, 2);
        }
        break;
      }
      case stdTZ: {
        if (!name.empty()) {
          b += name;
          break;
        }
        int64_t zone = offset / 60;
        if (zone < 0) {
          b += '-';
          zone = -zone;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        append_int(b, zone % 60, 2);
        break;
      }
      case stdFracSecond0: case stdFracSecond9: format_nano(b, uint32_t(t.nsec), std); break;
    }
  }
}

// quote() is time's own quote (for ParseError and GoString).
std::string quote(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string buf = "\"";
  for (size_t i = 0; i < s.size();) {
    const uint8_t c0 = uint8_t(s[i]);
    if (c0 >= 0x80 || c0 < ' ') {
      // The bytes of the rune (of an invalid sequence: one byte, or an
      // encoded U+FFFD's three) as \x escapes.
      size_t width = 1;
      if (c0 >= 0x80) {
        const auto d = goro::detail::fmt::decode_rune(s.substr(i));
        width = size_t(d.width);
        if (d.rune == goro::detail::fmt::kRuneError) width = s.substr(i, 3) == "\xEF\xBF\xBD" ? 3 : 1;
      }
      for (size_t j = 0; j < width; ++j) {
        buf += "\\x";
        buf += kHex[uint8_t(s[i + j]) >> 4];
        buf += kHex[uint8_t(s[i + j]) & 0xF];
      }
      i += width;
    } else {
      if (c0 == '"' || c0 == '\\') buf += '\\';
      buf += char(c0);
      ++i;
    }
  }
  buf += '"';
  return buf;
}

}  // namespace

// ---- the formatting natives

void format(Thread&, Slot* r) {
  std::string b;
  format_into(b, read_time(r), arg_view(r + 5));
  put_string(r, b);
}

void append_format(Thread&, Slot* r) {
  std::string b;
  format_into(b, read_time(r), arg_view(r + 8));
  put_slice(r, append_bytes(arg_slice(r + 5), b));
}

void string(Thread&, Slot* r) {
  const TimeVal t = read_time(r);
  std::string s;
  format_into(s, t, "2006-01-02 15:04:05.999999999 -0700 MST");
  if (t.has_mono) {
    uint64_t m2 = uint64_t(t.mono);
    char sign = '+';
    if (t.mono < 0) {
      sign = '-';
      m2 = uint64_t(0) - m2;
    }
    uint64_t m1 = m2 / 1000000000;
    m2 %= 1000000000;
    const uint64_t m0 = m1 / 1000000000;
    m1 %= 1000000000;
    s += " m=";
    s += sign;
    int wid = 0;
    if (m0 != 0) {
      append_int(s, int64_t(m0), 0);
      wid = 9;
    }
    append_int(s, int64_t(m1), wid);
    s += '.';
    append_int(s, int64_t(m2), 9);
  }
  put_string(r, s);
}

void go_string(Thread&, Slot* r) {
  const TimeVal t = read_time(r);
  const Loc loc = read_loc(t.loc);
  int64_t days, secs;
  floor_div(t.sec + loc.offset, kSecondsPerDay, days, secs);
  const Civil c = civil_from_days(days);
  std::string b = "time.Date(";
  append_int(b, c.year, 0);
  b += ", time.";
  b += kLongMonthNames[c.month - 1];
  for (int64_t v : {int64_t(c.day), secs / 3600, secs % 3600 / 60, secs % 60, int64_t(t.nsec)}) {
    b += ", ";
    append_int(b, v, 0);
  }
  b += ", ";
  if (t.loc == nullptr || loc.name == "UTC") b += "time.UTC";
  else if (loc.name == "Local") b += "time.Local";
  else b += "time.Location(" + quote(loc.name) + ")";
  b += ')';
  put_string(r, b);
}

namespace {

// ---- parsing (time/format.go's parse)

struct ParseFailure {
  std::string layout_elem, value_elem, message;
};

int64_t leading_int(std::string_view s, size_t& n, bool& ok) {
  uint64_t x = 0;
  n = 0;
  ok = true;
  for (; n < s.size() && s[n] >= '0' && s[n] <= '9'; ++n) {
    if (x > (uint64_t(1) << 63) / 10) {
      ok = false;
      return 0;
    }
    x = x * 10 + uint64_t(s[n] - '0');
    if (x > (uint64_t(1) << 63)) {
      ok = false;
      return 0;
    }
  }
  return int64_t(x);
}

// atoi() is time's atoi: an optional sign and digits, nothing else.
bool atoi(std::string_view s, int64_t& x) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  size_t n;
  bool ok;
  const int64_t q = leading_int(s, n, ok);
  if (!ok || n != s.size()) return false;
  x = neg ? -q : q;
  return true;
}

bool getnum(std::string_view& s, bool fixed, int64_t& v) {
  if (!is_digit(s, 0)) return false;
  if (!is_digit(s, 1)) {
    if (fixed) return false;
    v = s[0] - '0';
    s.remove_prefix(1);
    return true;
  }
  v = (s[0] - '0') * 10 + (s[1] - '0');
  s.remove_prefix(2);
  return true;
}

bool getnum3(std::string_view& s, bool fixed, int64_t& v) {
  int64_t n = 0;
  size_t i = 0;
  for (; i < 3 && is_digit(s, i); ++i) n = n * 10 + (s[i] - '0');
  if (i == 0 || (fixed && i != 3)) return false;
  v = n;
  s.remove_prefix(i);
  return true;
}

std::string_view cutspace(std::string_view s) {
  while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  return s;
}

bool skip(std::string_view& value, std::string_view prefix) {
  while (!prefix.empty()) {
    if (prefix[0] == ' ') {
      if (!value.empty() && value[0] != ' ') return false;
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.empty() || value[0] != prefix[0]) return false;
    prefix.remove_prefix(1);
    value.remove_prefix(1);
  }
  return true;
}

bool match(std::string_view s1, std::string_view s2) {
  for (size_t i = 0; i < s1.size(); ++i) {
    char c1 = s1[i], c2 = s2[i];
    if (c1 != c2) {
      c1 = char(c1 | ('a' - 'A'));
      c2 = char(c2 | ('a' - 'A'));
      if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
    }
  }
  return true;
}

template <size_t N>
bool lookup(const char* const (&tab)[N], std::string_view& val, int64_t& idx) {
  for (size_t i = 0; i < N; ++i) {
    const std::string_view v = tab[i];
    if (val.size() >= v.size() && match(val.substr(0, v.size()), v)) {
      idx = int64_t(i);
      val.remove_prefix(v.size());
      return true;
    }
  }
  return false;
}

bool comma_or_period(char b) { return b == '.' || b == ','; }

// parse_nanoseconds(): the fraction value[1:nbytes]; range holds a range error.
bool parse_nanoseconds(std::string_view value, size_t nbytes, int64_t& ns, std::string& range) {
  if (!comma_or_period(value[0])) return false;
  if (nbytes > 10) {
    value = value.substr(0, 10);
    nbytes = 10;
  }
  if (!atoi(value.substr(1, nbytes - 1), ns)) return false;
  if (ns < 0) {
    range = "fractional second";
    return true;
  }
  for (size_t i = 0; i < 10 - nbytes; ++i) ns *= 10;
  return true;
}

size_t parse_signed_offset(std::string_view value) {
  if (value[0] != '-' && value[0] != '+') return 0;
  size_t n;
  bool ok;
  const int64_t x = leading_int(value.substr(1), n, ok);
  if (!ok || n == 0 || x > 23) return 0;
  return 1 + n;
}

bool parse_time_zone(std::string_view value, size_t& length) {
  if (value.size() < 3) return false;
  if (value.size() >= 4 && (value.substr(0, 4) == "ChST" || value.substr(0, 4) == "MeST")) {
    length = 4;
    return true;
  }
  if (value.substr(0, 3) == "GMT") {
    length = value.size() == 3 ? 3 : 3 + parse_signed_offset(value.substr(3));
    return true;
  }
  if (value[0] == '+' || value[0] == '-') {
    length = parse_signed_offset(value);
    return length > 0;
  }
  size_t n = 0;
  for (; n < 6 && n < value.size(); ++n) {
    if (value[n] < 'A' || value[n] > 'Z') break;
  }
  switch (n) {
    case 5:
      if (value[4] == 'T') {
        length = 5;
        return true;
      }
      return false;
    case 4:
      if (value[3] == 'T' || value.substr(0, 4) == "WITA") {
        length = 4;
        return true;
      }
      return false;
    case 3: length = 3; return true;
  }
  return false;
}

// parse_layout() is Go's parse(layout, value, defaultLocation, local); on failure
// it fills f and returns false.
bool parse_layout(Thread& t, std::string_view layout, std::string_view value, void* default_loc, void* local, TimeVal& out,
           ParseFailure& f) {
  std::string range_err;
  bool am_set = false, pm_set = false;
  int64_t year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
  bool z_utc = false;
  int64_t zone_offset = -1;
  std::string zone_name;
  for (;;) {
    const Chunk ch = next_std_chunk(layout);
    const std::string_view stdstr = layout.substr(ch.prefix.size(), layout.size() - ch.prefix.size() - ch.suffix.size());
    if (!skip(value, ch.prefix)) {
      f = {std::string(ch.prefix), std::string(value), ""};
      return false;
    }
    if (ch.std == 0) {
      if (!value.empty()) {
        f = {"", std::string(value), ": extra text: " + quote(value)};
        return false;
      }
      break;
    }
    layout = ch.suffix;
    int std = ch.std;
    bool ok = true;
    switch (std & stdMask) {
      case stdYear: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        if (atoi(value.substr(0, 2), year)) {
          value.remove_prefix(2);
          year += year >= 69 ? 1900 : 2000;
        } else {
          ok = false;
        }
        break;
      }
      case stdLongYear:
        if (value.size() < 4 || !is_digit(value, 0)) {
          ok = false;
          break;
        }
        ok = atoi(value.substr(0, 4), year);
        value.remove_prefix(4);
        break;
      case stdMonth:
        ok = lookup(kShortMonthNames, value, month);
        ++month;
        break;
      case stdLongMonth:
        ok = lookup(kLongMonthNames, value, month);
        ++month;
        break;
      case stdNumMonth: case stdZeroMonth:
        ok = getnum(value, std == stdZeroMonth, month);
        if (ok && (month <= 0 || 12 < month)) range_err = "month";
        break;
      case stdWeekDay: {
        int64_t ignored;
        ok = lookup(kShortDayNames, value, ignored);
        break;
      }
      case stdLongWeekDay: {
        int64_t ignored;
        ok = lookup(kLongDayNames, value, ignored);
        break;
      }
      case stdDay: case stdUnderDay: case stdZeroDay:
        if (std == stdUnderDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
        ok = getnum(value, std == stdZeroDay, day);
        break;
      case stdUnderYearDay: case stdZeroYearDay:
        for (int i = 0; i < 2; ++i) {
          if (std == stdUnderYearDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
        }
        ok = getnum3(value, std == stdZeroYearDay, yday);
        break;
      case stdHour:
        ok = getnum(value, false, hour);
        if (hour < 0 || 24 <= hour) range_err = "hour";
        break;
      case stdHour12: case stdZeroHour12:
        ok = getnum(value, std == stdZeroHour12, hour);
        if (hour < 0 || 12 < hour) range_err = "hour";
        break;
      case stdMinute: case stdZeroMinute:
        ok = getnum(value, std == stdZeroMinute, min);
        if (min < 0 || 60 <= min) range_err = "minute";
        break;
      case stdSecond: case stdZeroSecond: {
        ok = getnum(value, std == stdZeroSecond, sec);
        if (sec < 0 || 60 <= sec) {
          range_err = "second";
          break;
        }
        // A fractional second in the value but not in the layout: taken here.
        if (value.size() >= 2 && comma_or_period(value[0]) && is_digit(value, 1)) {
          const int next = next_std_chunk(layout).std & stdMask;
          if (next == stdFracSecond0 || next == stdFracSecond9) break;
          size_t n = 2;
          while (n < value.size() && is_digit(value, n)) ++n;
          ok = parse_nanoseconds(value, n, nsec, range_err);
          value.remove_prefix(n);
        }
        break;
      }
      case stdPM: case stdpm: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        const std::string_view p = value.substr(0, 2);
        value.remove_prefix(2);
        if (p == (std == stdPM ? "PM" : "pm")) pm_set = true;
        else if (p == (std == stdPM ? "AM" : "am")) am_set = true;
        else ok = false;
        break;
      }
      case stdISO8601TZ: case stdISO8601ColonTZ: case stdISO8601SecondsTZ: case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ: case stdNumTZ: case stdNumShortTZ: case stdNumColonTZ: case stdNumSecondsTz:
      case stdNumColonSecondsTZ: {
        if ((std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && !value.empty() &&
            value[0] == 'Z') {
          value.remove_prefix(1);
          z_utc = true;
          break;
        }
        std::string_view sign, h, m, s;
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ) {
          if (value.size() < 6 || value[3] != ':') {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), h = value.substr(1, 2), m = value.substr(4, 2), s = "00";
          value.remove_prefix(6);
        } else if (std == stdNumShortTZ || std == stdISO8601ShortTZ) {
          if (value.size() < 3) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), h = value.substr(1, 2), m = "00", s = "00";
          value.remove_prefix(3);
        } else if (std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ) {
          if (value.size() < 9 || value[3] != ':' || value[6] != ':') {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), h = value.substr(1, 2), m = value.substr(4, 2), s = value.substr(7, 2);
          value.remove_prefix(9);
        } else if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz) {
          if (value.size() < 7) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), h = value.substr(1, 2), m = value.substr(3, 2), s = value.substr(5, 2);
          value.remove_prefix(7);
        } else {
          if (value.size() < 5) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), h = value.substr(1, 2), m = value.substr(3, 2), s = "00";
          value.remove_prefix(5);
        }
        int64_t hr = 0, mm = 0, ss = 0;
        ok = atoi(h, hr) && atoi(m, mm) && atoi(s, ss);
        zone_offset = (hr * 60 + mm) * 60 + ss;
        if (sign[0] == '-') zone_offset = -zone_offset;
        else if (sign[0] != '+') ok = false;
        break;
      }
      case stdTZ: {
        if (value.size() >= 3 && value.substr(0, 3) == "UTC") {
          z_utc = true;
          value.remove_prefix(3);
          break;
        }
        size_t n = 0;
        if (!parse_time_zone(value, n)) {
          ok = false;
          break;
        }
        zone_name = std::string(value.substr(0, n));
        value.remove_prefix(n);
        break;
      }
      case stdFracSecond0: {
        const size_t ndigit = 1 + size_t(digits_len(std));
        if (value.size() < ndigit) {
          ok = false;
          break;
        }
        ok = parse_nanoseconds(value, ndigit, nsec, range_err);
        value.remove_prefix(ndigit);
        break;
      }
      case stdFracSecond9: {
        if (value.size() < 2 || !comma_or_period(value[0]) || value[1] < '0' || '9' < value[1]) break;
        size_t i = 0;
        while (i < 9 && i + 1 < value.size() && value[i + 1] >= '0' && value[i + 1] <= '9') ++i;
        ok = parse_nanoseconds(value, 1 + i, nsec, range_err);
        value.remove_prefix(1 + i);
        break;
      }
    }
    if (!range_err.empty()) {
      f = {std::string(stdstr), std::string(value), ": " + range_err + " out of range"};
      return false;
    }
    if (!ok) {
      f = {std::string(stdstr), std::string(value), ""};
      return false;
    }
  }
  if (pm_set && hour < 12) hour += 12;
  else if (am_set && hour == 12) hour = 0;
  if (yday >= 0) {
    int64_t d = 0, m = 0;
    if (is_leap(year)) {
      if (yday == 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        --yday;
      }
    }
    if (yday < 1 || yday > 365) {
      f = {"", std::string(value), ": day-of-year out of range"};
      return false;
    }
    if (m == 0) {
      m = (yday - 1) / 31 + 1;
      if (kDaysBefore[m] < yday) ++m;
      d = yday - kDaysBefore[m - 1];
    }
    if (month >= 0 && month != m) {
      f = {"", std::string(value), ": day-of-year does not match month"};
      return false;
    }
    month = m;
    if (day >= 0 && day != d) {
      f = {"", std::string(value), ": day-of-year does not match day"};
      return false;
    }
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > days_in(int(month), year)) {
    f = {"", std::string(value), ": day out of range"};
    return false;
  }
  if (z_utc) {
    out = date(year, month, day, hour, min, sec, nsec, nullptr);
    return true;
  }
  const Loc lloc = read_loc(local);
  if (zone_offset != -1) {
    out = date(year, month, day, hour, min, sec, nsec, nullptr);
    out.sec -= zone_offset;
    if (lloc.offset == zone_offset && (zone_name.empty() || lloc.zone == zone_name)) {
      out.loc = local;
    } else {
      out.loc = new_location(t, zone_name, zone_name, zone_offset);
    }
    return true;
  }
  if (!zone_name.empty()) {
    out = date(year, month, day, hour, min, sec, nsec, nullptr);
    if (lloc.zone == zone_name) {
      out.sec -= lloc.offset;
      out.loc = local;
      return true;
    }
    int64_t offset = 0;
    if (zone_name.size() > 3 && zone_name.substr(0, 3) == "GMT") {
      atoi(std::string_view(zone_name).substr(3), offset);
      offset *= 3600;
    }
    out.loc = new_location(t, zone_name, zone_name, offset);
    return true;
  }
  out = date(year, month, day, hour, min, sec, nsec, default_loc);
  return true;
}

// parse_result() writes (Time, error) for Parse and ParseInLocation.
void parse_result(Thread& t, Slot* r, std::string_view layout, std::string_view value, void* default_loc,
                  void* local) {
  TimeVal out;
  ParseFailure f;
  if (parse_layout(t, layout, value, default_loc, local, out, f)) {
    write_time(r, out);
    put_nil_iface(r + 5);
    return;
  }
  const RType* pt = stub_type(t, "*time.ParseError");
  char* e = static_cast<char*>(new_value(pt->elem));
  auto put = [&](const char* name, std::string_view s) {
    store_string(field(pt->elem, e, name), s.empty() ? String{nullptr, 0} : make_string(s));
  };
  put("Layout", layout);
  put("Value", value);
  put("LayoutElem", f.layout_elem);
  put("ValueElem", f.value_elem);
  put("Message", f.message);
  write_time(r, TimeVal{});
  put_iface(r + 5, Iface{pt, e});
}

}  // namespace

// Parse(layout, value string) (Time, error): UTC by default, time.Local's zone known.
void parse(Thread& t, Slot* r) {
  const std::string layout(arg_view(r)), value(arg_view(r + 2));
  parse_result(t, r, layout, value, nullptr, local_location(t));
}

// ParseInLocation(layout, value string, loc *Location) (Time, error)
void parse_in_location(Thread& t, Slot* r) {
  const std::string layout(arg_view(r)), value(arg_view(r + 2));
  void* loc = r[4].p;
  if (loc != nullptr && read_loc(loc).name == "UTC" && read_loc(loc).offset == 0) loc = nullptr;  // setLoc
  parse_result(t, r, layout, value, loc, loc);
}

// (*ParseError).Error() string
void parse_error(Thread&, Slot* r) {
  const char* e = static_cast<const char*>(r[0].p);
  if (e == nullptr) panic_nil();
  auto get = [&](size_t off) {
    const String s = load_string(e + off);
    return s.len > 0 ? s.view() : std::string_view();
  };
  std::string msg;
  if (get(64).empty()) {
    msg = "parsing time " + quote(get(16)) + " as " + quote(get(0)) + ": cannot parse " + quote(get(48)) + " as " +
          quote(get(32));
  } else {
    msg = "parsing time " + quote(get(16)) + std::string(get(64));
  }
  put_string(r, msg);
}

// ParseDuration(s string) (Duration, error)
void parse_duration(Thread& t, Slot* r) {
  const std::string orig(arg_view(r));
  std::string_view s = orig;
  auto fail = [&](const std::string& msg) {
    r[0].i = 0;
    put_iface(r + 1, new_error(t, msg));
  };
  auto invalid = [&] { fail("time: invalid duration " + quote(orig)); };
  uint64_t d = 0;
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") {
    r[0].i = 0;
    put_nil_iface(r + 1);
    return;
  }
  if (s.empty()) return invalid();
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid();
    size_t n;
    bool ok;
    v = uint64_t(leading_int(s, n, ok));
    if (!ok) return invalid();
    const bool pre = n != 0;
    s.remove_prefix(n);
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      size_t i = 0;
      bool overflow = false;
      for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (overflow) continue;
        if (f > ((uint64_t(1) << 63) - 1) / 10) {
          overflow = true;
          continue;
        }
        const uint64_t y = f * 10 + uint64_t(s[i] - '0');
        if (y > (uint64_t(1) << 63)) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = i != 0;
      s.remove_prefix(i);
    }
    if (!pre && !post) return invalid();
    size_t i = 0;
    while (i < s.size() && !(s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))) ++i;
    if (i == 0) return fail("time: missing unit in duration " + quote(orig));
    const std::string_view u = s.substr(0, i);
    s.remove_prefix(i);
    uint64_t unit;
    if (u == "ns") unit = 1;
    else if (u == "us" || u == "\u00b5s" || u == "\u03bcs") unit = 1000;
    else if (u == "ms") unit = 1000000;
    else if (u == "s") unit = 1000000000;
    else if (u == "m") unit = 60000000000;
    else if (u == "h") unit = 3600000000000;
    else return fail("time: unknown unit " + quote(u) + " in duration " + quote(orig));
    if (v > (uint64_t(1) << 63) / unit) return invalid();
    v *= unit;
    if (f > 0) {
      v += uint64_t(double(f) * (double(unit) / scale));
      if (v > (uint64_t(1) << 63)) return invalid();
    }
    d += v;
    if (d > (uint64_t(1) << 63)) return invalid();
  }
  if (neg) {
    r[0].i = int64_t(uint64_t(0) - d);
    put_nil_iface(r + 1);
    return;
  }
  if (d > (uint64_t(1) << 63) - 1) return invalid();
  r[0].i = int64_t(d);
  put_nil_iface(r + 1);
}

}  // namespace goro::lang::vm::timepkg

// Package time as Go 1.22 declares it, less serialization (Marshal*,
// Gob*), ZoneBounds and time zone databases: Duration, Time, Month,
// Weekday, Location, Timer, Ticker, Sleep, After, Tick, AfterFunc, the
// layout constants, Format and Parse.
//
// Every clock is the runtime's clock (goro's virtual clock): Now, Sleep,
// timers and tickers all read or wait on it, so a run's timing is
// reproducible and sleeping costs no real time.
//
// Native: now, runtimeNano, Sleep, the timer primitives (startTimer,
// stopTimer, resetTimer), and the text conversions: Time.Format,
// AppendFormat, String, GoString, Parse, ParseInLocation, ParseDuration,
// ParseError.Error. Go here: everything else — Duration's methods and
// String, calendar arithmetic, Timer and Ticker on the primitives.
//
// Differences from Go: a Location is a fixed offset. Local is UTC under
// the name "Local", as on go.dev/play; LoadLocation knows "", "UTC" and
// "Local" only. Time's fields are not Go's (wall/ext/loc): a Time prints
// through its String method, so only %#v could tell.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Layouts for Time.Format and time.Parse; the reference time is Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// String returns a string representing the duration in the form "72h3m0.5s";
// durations under a second use a smaller unit ("1.5µs"), and zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u // also right for minDuration: its magnitude is 1<<63
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = utoa(u) + "ns"
	case u < uint64(Millisecond):
		s = decimal(u, 3) + "µs"
	case u < uint64(Second):
		s = decimal(u, 6) + "ms"
	default:
		secs := u / uint64(Second)
		s = decimal(u%uint64(Second)+secs%60*uint64(Second), 9) + "s"
		if mins := secs / 60; mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// decimal formats v / 10**prec, dropping the fraction's trailing zeros (and its dot when it is zero).
func decimal(v uint64, prec int) string {
	pow := uint64(1)
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	whole, frac := v/pow, v%pow
	if frac == 0 {
		return utoa(whole)
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := prec
	for digits[n-1] == '0' {
		n--
	}
	return utoa(whole) + "." + string(digits[:n])
}

// utoa formats u in decimal.
func utoa(u uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			return string(buf[i:])
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m; m <= 0 returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y without overflow, for x, y >= 0.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m,
// halfway values away from zero; it saturates instead of overflowing.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative Duration becomes the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m" (native).
func ParseDuration(s string) (Duration, error)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")" // as unsigned, as Go's does
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")" // as unsigned, as Go's does
}

// A Location maps time instants to the zone in use at that time; here
// every Location is one fixed zone.
type Location struct {
	name   string // what String returns ("UTC", "Local", FixedZone's name)
	zone   string // the zone abbreviation Format prints for MST
	offset int    // seconds east of UTC
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC", zone: "UTC"}

// Local represents the system's local time zone: UTC, as on the Go playground.
var Local *Location = &localLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	return l.get().name
}

// get returns l, or UTC for nil (the zero Time's location).
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC"
// gives UTC and "Local" gives Local; there is no time zone database.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// A Time represents an instant in time with nanosecond precision.
//
// Invariants: 0 <= nsec < 1e9; loc is never UTC itself (UTC is stored as
// nil, so == on Times treats both alike, as Go's setLoc arranges); hasMono
// is set only by Now and survives Add and the zone changes (In, UTC,
// Local), as Go's monotonic reading does. The natives (now, Format,
// String, Parse, the timers' sends) build and read these fields.
type Time struct {
	sec     int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32     // nanoseconds within the second
	mono    int64     // the runtime clock's reading (ns), if hasMono
	hasMono bool      // whether mono holds a reading
	loc     *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the Unix epoch in seconds since January 1, year 1.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

	// wallToInternal is January 1, 1885 in seconds since January 1, year 1:
	// Go keeps a monotonic reading only for wall times from 1885 to 2157
	// (33 bits of seconds), and Add drops it outside, so this does too.
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// now returns the runtime clock as wall time (seconds since year 1 and
// nanoseconds) and as its monotonic reading (native).
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the runtime clock's monotonic reading in nanoseconds (native).
func runtimeNano() int64

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec, nsec: nsec, mono: mono, hasMono: true, loc: Local}
}

// Since returns the time elapsed since t; it is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t; it is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time, usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in loc; out-of-range values are normalized (October 32 is
// November 1). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Carry each field into the next larger one, months into years first.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), int(month), 1) + int64(day-1)
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	t := Time{sec: abs - int64(loc.offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// norm returns hi, lo normalized so that 0 <= lo < base, carrying into hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// floorDiv returns the quotient and non-negative remainder of a / b, for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// daysFromCivil returns the days from January 1, year 1 to the given date
// of the proleptic Gregorian calendar (Hinnant's days_from_civil, counted
// from March 1 so that the leap day ends the year).
func daysFromCivil(year int64, month int, day int) int64 {
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := int64((month + 9) % 12) // March is 0
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// era*146097 + doe counts from March 1, year 0, which is 306 days before January 1, year 1.
	return era*146097 + doe - 306
}

// civilFromDays is daysFromCivil's inverse; yday is the 0-based day of the year.
func civilFromDays(days int64) (year int, month Month, day int, yday int) {
	era, doe := floorDiv(days+306, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100) // from March 1
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	m := int(mp) + 3
	if m > 12 {
		m -= 12
	}
	y := era*400 + yoe
	if m <= 2 {
		y++
	}
	yday = int(days - daysFromCivil(y, 1, 1))
	return int(y), Month(m), day, yday
}

// setLoc sets t's location, storing UTC as nil.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// stripMono drops t's monotonic clock reading.
func (t *Time) stripMono() {
	t.mono = 0
	t.hasMono = false
}

// abs returns t's seconds since January 1, year 1 in t's own zone.
func (t Time) abs() int64 {
	return t.sec + int64(t.loc.get().offset)
}

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if the same, +1 if after.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		if w := t.sec - wallToInternal; w < 0 || w > 1<<33-1 {
			t.stripMono()
		} else if te := t.mono + int64(d); d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.stripMono() // the reading overflowed
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u, saturated to the Duration range; with
// both monotonic readings present it is their difference.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return maxDuration
		case d > 0 && t.mono < u.mono:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized as Date normalizes.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := floorDiv(t.abs(), secondsPerDay)
	year, month, day, _ = civilFromDays(days)
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := floorDiv(t.abs(), secondsPerDay)
	_, _, _, yday := civilFromDays(days)
	return yday + 1
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := floorDiv(t.abs(), secondsPerDay)
	// January 1, year 1 was a Monday.
	_, wd := floorDiv(days+1, 7)
	return Weekday(wd)
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs; week ranges from 1 to 53.
func (t Time) ISOWeek() (year, week int) {
	// A week belongs to the year its Thursday falls in.
	days, _ := floorDiv(t.abs(), secondsPerDay)
	_, wd := floorDiv(days+1, 7)
	shift := int64(Thursday) - wd
	if wd == int64(Sunday) {
		shift = -3 // weeks start on Monday
	}
	year, _, _, yday := civilFromDays(days + shift)
	return year, yday/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.abs(), secondsPerDay)
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	hour, _, _ := t.Clock()
	return hour
}

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int {
	_, min, _ := t.Clock()
	return min
}

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int {
	_, _, sec := t.Clock()
	return sec
}

// Nanosecond returns the nanosecond offset within the second specified by t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.sec - unixToInternal
}

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 {
	return (t.sec-unixToInternal)*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as a Unix time, the number of microseconds elapsed since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 {
	return (t.sec-unixToInternal)*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed since January 1, 1970 UTC.
func (t Time) UnixNano() int64 {
	return (t.sec-unixToInternal)*1e9 + int64(t.nsec)
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	return t.loc.get()
}

// Zone computes the time zone in effect at time t, returning the abbreviated name of the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time; fixed zones never are.
func (t Time) IsDST() bool {
	return false
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time), without a monotonic reading; d <= 0 strips only that.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values up, without a monotonic reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns the remainder r of t divided by d, taking t as nanoseconds
// since the zero time and rounding the quotient down: t - r is the last
// multiple of d not after t.
func div(t Time, d Duration) (r Duration) {
	neg := false
	sec, nsec := t.sec, int64(t.nsec)
	if sec < 0 {
		// Work on the magnitude, then turn the remainder into a floor one.
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	// The magnitude is sec*1e9 + nsec, up to about 2**93: reduce it modulo
	// d one bit at a time over its 128-bit form (r < d < 2**63, so r<<1
	// never overflows).
	hi, lo := mul64(uint64(sec), 1e9)
	lo += uint64(nsec)
	if lo < uint64(nsec) {
		hi++
	}
	var rem uint64
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		rem = rem<<1 | bit
		if rem >= uint64(d) {
			rem -= uint64(d)
		}
	}
	r = Duration(rem)
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// mul64 returns the 128-bit product of x and y as (hi, lo).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Format returns a textual representation of the time value formatted according to layout (native).
func (t Time) Format(layout string) string

// AppendFormat is like Format but appends the textual representation to b and returns the extended buffer (native).
func (t Time) AppendFormat(b []byte, layout string) []byte

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", with " m=±<seconds>" when t has a monotonic reading (native).
func (t Time) String() string

// GoString implements fmt.GoStringer and formats t to be printed in Go source code (native).
func (t Time) GoString() string

// Parse parses a formatted string and returns the time value it represents (native).
func Parse(layout, value string) (Time, error)

// ParseInLocation is like Parse but interprets a time without zone information in loc (native).
func ParseInLocation(layout, value string, loc *Location) (Time, error)

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError (native).
func (e *ParseError) Error() string

// Sleep pauses the current goroutine for at least the duration d on the runtime clock; d <= 0 returns at once (native).
func Sleep(d Duration)

// runtimeTimer is a timer's state, shared with the natives: the runtime's
// timer heap refers to it by address (Timers and Tickers are only handed
// out as pointers, so it never moves). When it fires it runs f in a new
// goroutine (AfterFunc) or, if f is nil, sends Now() on c without blocking
// (c has a buffer of one, as in Go 1.22, so a late reader sees the first
// tick); a Ticker's timer then re-arms itself period later.
type runtimeTimer struct {
	when   int64     // runtime clock reading it fires at
	period int64     // a Ticker's period; 0 for a Timer
	c      chan Time // where firing sends, for NewTimer and NewTicker
	f      func()    // what firing runs, for AfterFunc
	id     int64     // the natives' handle while it is in the heap; 0 when not
}

// startTimer adds r to the runtime's timer heap (native).
func startTimer(r *runtimeTimer)

// stopTimer removes r from the heap and reports whether it was there (had not fired or been stopped) (native).
func stopTimer(r *runtimeTimer) bool

// resetTimer moves r to fire at when (re-adding it if needed) and reports whether it was still pending (native).
func resetTimer(r *runtimeTimer, when, period int64) bool

// when is the runtime clock reading d from now, saturated.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // the sum overflowed
	}
	return t
}

// The Timer type represents a single event: when it expires, the current
// time is sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = runtimeTimer{when: when(d), c: c}
	startTimer(&t.r)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine; Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = runtimeTimer{when: when(d), f: f}
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing; it returns true if the call stops
// the timer, false if the timer has already expired or been stopped. It
// does not drain C.
func (t *Timer) Stop() bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d; it returns true if the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned channel; it is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r runtimeTimer
}

// NewTicker returns a new Ticker sending the current time on its channel
// every d; it drops ticks for slow receivers and panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r = runtimeTimer{when: when(d), period: int64(d), c: c}
	startTimer(&t.r)
	return t
}

// Stop turns off a ticker; it does not close the channel.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops a ticker and resets its period to the specified duration; it panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

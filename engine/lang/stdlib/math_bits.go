// Package math/bits as Go 1.22 declares it: bit counting and manipulation
// for the unsigned integer types.
//
// All native (one C++ <bit> call or a few instructions each; Div and Rem
// panic with Go's runtime errors, "integer divide by zero" and "integer
// overflow"). UintSize is 64: the interpreter's int is 64 bits wide.
package bits

const uintSize = 32 << (^uint(0) >> 63) // 32 or 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// Add returns the sum with carry of x, y and carry: sum = x + y + carry; carry must be 0 or 1 (native).
func Add(x, y, carry uint) (sum, carryOut uint)

// Add32 returns the sum with carry of x, y and carry: sum = x + y + carry; carry must be 0 or 1 (native).
func Add32(x, y, carry uint32) (sum, carryOut uint32)

// Add64 returns the sum with carry of x, y and carry: sum = x + y + carry; carry must be 0 or 1 (native).
func Add64(x, y, carry uint64) (sum, carryOut uint64)

// Div returns the quotient and remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) or y <= hi (quotient overflow) (native).
func Div(hi, lo, y uint) (quo, rem uint)

// Div32 returns the quotient and remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) or y <= hi (quotient overflow) (native).
func Div32(hi, lo, y uint32) (quo, rem uint32)

// Div64 returns the quotient and remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) or y <= hi (quotient overflow) (native).
func Div64(hi, lo, y uint64) (quo, rem uint64)

// LeadingZeros returns the number of leading zero bits in x; the result is the size of x in bits for x == 0 (native).
func LeadingZeros(x uint) int

// LeadingZeros16 returns the number of leading zero bits in x; the result is the size of x in bits for x == 0 (native).
func LeadingZeros16(x uint16) int

// LeadingZeros32 returns the number of leading zero bits in x; the result is the size of x in bits for x == 0 (native).
func LeadingZeros32(x uint32) int

// LeadingZeros64 returns the number of leading zero bits in x; the result is the size of x in bits for x == 0 (native).
func LeadingZeros64(x uint64) int

// LeadingZeros8 returns the number of leading zero bits in x; the result is the size of x in bits for x == 0 (native).
func LeadingZeros8(x uint8) int

// Len returns the minimum number of bits required to represent x; the result is 0 for x == 0 (native).
func Len(x uint) int

// Len16 returns the minimum number of bits required to represent x; the result is 0 for x == 0 (native).
func Len16(x uint16) (n int)

// Len32 returns the minimum number of bits required to represent x; the result is 0 for x == 0 (native).
func Len32(x uint32) (n int)

// Len64 returns the minimum number of bits required to represent x; the result is 0 for x == 0 (native).
func Len64(x uint64) (n int)

// Len8 returns the minimum number of bits required to represent x; the result is 0 for x == 0 (native).
func Len8(x uint8) int

// Mul returns the full-width product of x and y: (hi, lo) = x * y (native).
func Mul(x, y uint) (hi, lo uint)

// Mul32 returns the full-width product of x and y: (hi, lo) = x * y (native).
func Mul32(x, y uint32) (hi, lo uint32)

// Mul64 returns the full-width product of x and y: (hi, lo) = x * y (native).
func Mul64(x, y uint64) (hi, lo uint64)

// OnesCount returns the number of one bits ("population count") in x (native).
func OnesCount(x uint) int

// OnesCount16 returns the number of one bits ("population count") in x (native).
func OnesCount16(x uint16) int

// OnesCount32 returns the number of one bits ("population count") in x (native).
func OnesCount32(x uint32) int

// OnesCount64 returns the number of one bits ("population count") in x (native).
func OnesCount64(x uint64) int

// OnesCount8 returns the number of one bits ("population count") in x (native).
func OnesCount8(x uint8) int

// Rem returns the remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) but, unlike Div, not on quotient overflow (native).
func Rem(hi, lo, y uint) uint

// Rem32 returns the remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) but, unlike Div, not on quotient overflow (native).
func Rem32(hi, lo, y uint32) uint32

// Rem64 returns the remainder of (hi, lo) divided by y; it panics for y == 0 (division by zero) but, unlike Div, not on quotient overflow (native).
func Rem64(hi, lo, y uint64) uint64

// Reverse returns the value of x with its bits in reversed order (native).
func Reverse(x uint) uint

// Reverse16 returns the value of x with its bits in reversed order (native).
func Reverse16(x uint16) uint16

// Reverse32 returns the value of x with its bits in reversed order (native).
func Reverse32(x uint32) uint32

// Reverse64 returns the value of x with its bits in reversed order (native).
func Reverse64(x uint64) uint64

// Reverse8 returns the value of x with its bits in reversed order (native).
func Reverse8(x uint8) uint8

// ReverseBytes returns the value of x with its bytes in reversed order (native).
func ReverseBytes(x uint) uint

// ReverseBytes16 returns the value of x with its bytes in reversed order (native).
func ReverseBytes16(x uint16) uint16

// ReverseBytes32 returns the value of x with its bytes in reversed order (native).
func ReverseBytes32(x uint32) uint32

// ReverseBytes64 returns the value of x with its bytes in reversed order (native).
func ReverseBytes64(x uint64) uint64

// RotateLeft returns the value of x rotated left by (k mod size) bits; to rotate right by k bits, call RotateLeft(x, -k) (native).
func RotateLeft(x uint, k int) uint

// RotateLeft16 returns the value of x rotated left by (k mod size) bits; to rotate right by k bits, call RotateLeft(x, -k) (native).
func RotateLeft16(x uint16, k int) uint16

// RotateLeft32 returns the value of x rotated left by (k mod size) bits; to rotate right by k bits, call RotateLeft(x, -k) (native).
func RotateLeft32(x uint32, k int) uint32

// RotateLeft64 returns the value of x rotated left by (k mod size) bits; to rotate right by k bits, call RotateLeft(x, -k) (native).
func RotateLeft64(x uint64, k int) uint64

// RotateLeft8 returns the value of x rotated left by (k mod size) bits; to rotate right by k bits, call RotateLeft(x, -k) (native).
func RotateLeft8(x uint8, k int) uint8

// Sub returns the difference of x, y and borrow: diff = x - y - borrow; borrow must be 0 or 1 (native).
func Sub(x, y, borrow uint) (diff, borrowOut uint)

// Sub32 returns the difference of x, y and borrow: diff = x - y - borrow; borrow must be 0 or 1 (native).
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32)

// Sub64 returns the difference of x, y and borrow: diff = x - y - borrow; borrow must be 0 or 1 (native).
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)

// TrailingZeros returns the number of trailing zero bits in x; the result is the size of x in bits for x == 0 (native).
func TrailingZeros(x uint) int

// TrailingZeros16 returns the number of trailing zero bits in x; the result is the size of x in bits for x == 0 (native).
func TrailingZeros16(x uint16) int

// TrailingZeros32 returns the number of trailing zero bits in x; the result is the size of x in bits for x == 0 (native).
func TrailingZeros32(x uint32) int

// TrailingZeros64 returns the number of trailing zero bits in x; the result is the size of x in bits for x == 0 (native).
func TrailingZeros64(x uint64) int

// TrailingZeros8 returns the number of trailing zero bits in x; the result is the size of x in bits for x == 0 (native).
func TrailingZeros8(x uint8) int

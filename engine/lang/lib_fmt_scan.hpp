// fmt's scanners (Scan, Sscan, Fscan and their ln and f forms), a port of
// Go's fmt/scan.go over run-time typed operands (lib_fmt_scan.cpp).
#pragma once

#include "proto.hpp"

namespace goro::lang::vm::scan {

void scan(Thread& t, Slot* r);
void scanln(Thread& t, Slot* r);
void scanf(Thread& t, Slot* r);
void sscan(Thread& t, Slot* r);
void sscanln(Thread& t, Slot* r);
void sscanf(Thread& t, Slot* r);
void fscan(Thread& t, Slot* r);
void fscanln(Thread& t, Slot* r);
void fscanf(Thread& t, Slot* r);

}  // namespace goro::lang::vm::scan

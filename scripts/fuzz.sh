#!/usr/bin/env bash
# fuzz.sh: fuzz the Go front end (lexer, parser, ast_dump, checker) with
# libFuzzer for a bounded time (`npm run fuzz`); tests/lang/fuzz/ holds the
# target. Exits non-zero, naming the input files, if libFuzzer found a crash,
# a hang (-timeout) or a memory blow-up (-rss_limit_mb), or if an input of
# tests/lang/fuzz/crashers/ still fails; found inputs go there (named after
# what they break), where fuzz_regress_test.cpp replays them too.
#
#   FUZZ_SECONDS  total fuzzing time (default 300; the issue's bar is 1800)
#   FUZZ_JOBS     parallel fuzzing processes (default: cores, at most 6)
#   FUZZ_KEEP_GOING=1  go on after a failing known input or a crash, and
#                      report them all at the end
#
# Work files live in build-fuzz/fuzz/: seeds/ (rebuilt each run from the
# repository's Go files), corpus/ (what libFuzzer learned; kept between runs)
# and artifacts/<run>/ (crash-*, timeout-*, oom-* inputs).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-300}
cores=$(nproc)
jobs=${FUZZ_JOBS:-$((cores < 6 ? cores : 6))}

# Phase 1: a clang that links -fsanitize=fuzzer (Debian: `clang`, and the
# clang runtime package that holds libFuzzer, libclang-rt-N-dev).
fuzz_links() {
  local dir
  dir=$(mktemp -d)
  printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }' >"$dir/t.cpp"
  clang++ -fsanitize=fuzzer,address,undefined "$dir/t.cpp" -o "$dir/t" >/dev/null 2>&1
  local rc=$?
  rm -rf "$dir"
  return $rc
}
apt_install() {
  if [[ $(id -u) != 0 ]]; then
    echo "fuzz: missing $* (run as root to install)" >&2
    exit 1
  fi
  echo "fuzz: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}
command -v cmake >/dev/null || apt_install cmake make
command -v clang++ >/dev/null || apt_install clang
if ! fuzz_links; then
  major=$(clang++ -dumpversion | cut -d. -f1)
  if apt-cache show "libclang-rt-$major-dev" >/dev/null 2>&1; then
    apt_install "libclang-rt-$major-dev"
  else
    apt_install "libclang-common-$major-dev"  # before clang 14 it held libFuzzer
  fi
  fuzz_links || { echo "fuzz: clang++ -fsanitize=fuzzer does not link" >&2; exit 1; }
fi

# Phase 2: build the target (preset "fuzz": clang, ASan, UBSan, coverage).
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target front_end_fuzzer -j "$cores"
fuzzer=build-fuzz/tests/lang/fuzz/front_end_fuzzer

# Phase 3: the seed corpus, copied so the repository is not written to
# (the crashers are not seeds: phase 4 replays them).
work=build-fuzz/fuzz
rm -rf "$work/seeds"
mkdir -p "$work/seeds" "$work/corpus"
n=0
while IFS= read -r -d '' f; do
  cp "$f" "$work/seeds/$((n++))_$(basename "$f")"
done < <(find tests/lang -path tests/lang/fuzz -prune -o -name '*.go' -print0
         find examples -path '*/main.go' -print0)
run_dir="$work/artifacts/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"

# Phase 4: replay the known inputs. Fork mode's first merge drops inputs
# that crash without saying so, so a regression in a seed would go unseen;
# and the crashers must stay fixed. The seeds run in one process (the last
# one started is the culprit), each crasher in its own, so that all those
# still failing are named. Fatal unless FUZZ_KEEP_GOING.
keep_going=${FUZZ_KEEP_GOING:-0}
known_failures=()
if ! "$fuzzer" -timeout=10 -rss_limit_mb=2048 "$work"/seeds/* >"$run_dir/replay-seeds.log" 2>&1; then
  known_failures+=("$(grep '^Running: ' "$run_dir/replay-seeds.log" | tail -1 | cut -d' ' -f2-) (log $run_dir/replay-seeds.log)")
fi
while IFS= read -r -d '' f; do
  log="$run_dir/replay-$(basename "$f").log"
  "$fuzzer" -timeout=10 -rss_limit_mb=2048 "$f" >"$log" 2>&1 || known_failures+=("$f (log $log)")
done < <(find tests/lang/fuzz/crashers -type f ! -name README.md -print0 | sort -z)
if ((${#known_failures[@]})); then
  printf 'fuzz: a known input still fails: %s\n' "${known_failures[@]}" >&2
  [[ $keep_going == 1 ]] || { echo "fuzz: FAILED (FUZZ_KEEP_GOING=1 fuzzes anyway)" >&2; exit 1; }
fi

# Phase 5: fuzz. Fork mode (-fork) runs $jobs children, merges what they
# find into corpus/ and stops at -max_total_time; a child's crash stops it
# unless FUZZ_KEEP_GOING. Hangs and OOMs are counted, not fatal, and their
# inputs land in $run_dir like crashes.
echo "fuzz: $seconds s on $jobs processes, $n seeds; log $run_dir/fuzz.log"
ignore_crashes=0
[[ $keep_going == 1 ]] && ignore_crashes=1
set +e
"$fuzzer" "$work/corpus" "$work/seeds" \
  -dict=tests/lang/fuzz/go.dict \
  -max_total_time="$seconds" -fork="$jobs" \
  -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -ignore_crashes="$ignore_crashes" -ignore_timeouts=1 -ignore_ooms=1 \
  -artifact_prefix="$run_dir/" -print_final_stats=1 \
  2>&1 | tee "$run_dir/fuzz.log" | grep --line-buffered -E '^#[0-9]+|ERROR|runtime error|Test unit written|INFO: exiting|^SUMMARY'
status=${PIPESTATUS[0]}
set -e

# Phase 6: the verdict comes from the artifacts, which every kind of
# failure leaves behind (slow-unit-* are only slow, and reported as such).
mapfile -t found < <(find "$run_dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
mapfile -t slow < <(find "$run_dir" -maxdepth 1 -type f -name 'slow-unit-*' | sort)
if ((${#slow[@]})); then
  printf 'fuzz: slow input (not a failure): %s\n' "${slow[@]}"
fi
if ((${#found[@]})); then
  printf 'fuzz: FAILED — reproduce with %s FILE; details in %s/fuzz.log\n' "$fuzzer" "$run_dir" >&2
  printf 'fuzz: failing input: %s\n' "${found[@]}" >&2
  exit 1
fi
if ((${#known_failures[@]})); then
  echo "fuzz: FAILED — known inputs still fail (listed above)" >&2
  exit 1
fi
if ((status != 0)); then
  echo "fuzz: libFuzzer exited with $status without leaving an input; see $run_dir/fuzz.log" >&2
  exit 1
fi
echo "fuzz: no crash, hang or sanitizer report in $seconds s"

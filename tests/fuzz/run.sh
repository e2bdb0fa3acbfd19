#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for a bounded
# time: tests/fuzz/run.sh [seconds per target, default 60]
# Each target starts from the checked-in corpus (tests/fuzz/corpus/<target>) plus what
# earlier runs found (build-fuzz/corpus/<target>). After a crash the target is started
# again for the time left, so one run can find several. Crashing inputs are kept in
# build-fuzz/crashes/<target>/; add them to the checked-in corpus once fixed.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"

cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null

status=0
for target in bankjson bankmarkdown planjson; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    before=$(find "$crashes" -type f ! -name '*.log' | wc -l)
    runs=0
    end=$(( $(date +%s) + seconds ))
    while :; do
        left=$(( end - $(date +%s) ))
        [ "$left" -gt 0 ] || break
        log="$build/$target.log"
        dict="$root/tests/fuzz/json.dict"
        [ "$target" != bankmarkdown ] || dict="$root/tests/fuzz/markdown.dict"
        "$build/fuzz_$target" -max_total_time="$left" -max_len=16384 -timeout=10 \
            -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" \
            -dict="$dict" "$corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1 || true
        # "#123456  NEW ..." / "DONE": the number of inputs run so far in this start.
        ran=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | sort -n | tail -1)
        runs=$(( runs + ${ran:-0} ))
        grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer\|runtime error\|round-trip violation' \
            "$log" || break
        cp "$log" "$crashes/crash-$(date +%s).log"
    done
    found=$(( $(find "$crashes" -type f ! -name '*.log' | wc -l) - before ))
    echo "$target: $runs inputs in ${seconds}s, $found crashes"
    [ "$found" -eq 0 ] || status=1
done
exit $status

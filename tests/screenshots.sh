#!/usr/bin/env bash
# One PNG per section (bank, plans, interview, candidates, history, compare, settings; and
# the first run's welcome over the bank), window size (1024x700, 1280x720, 1920x1080) and theme
# (light, dark) of the real app on the demo's data, taken under an Xvfb of its own, into
# the folder given (default: build/screenshots).
#
#   tests/screenshots.sh [FOLDER]
#
# Builds panelist first if build/panelist is missing. Needs Xvfb, xdotool and ImageMagick
# (import). The database, settings and runtime folder are temporary: nothing of the
# user's is read or changed. Everything it starts is stopped when it ends.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/build/screenshots}"
binary="$root/build/panelist"
# SECTIONS, SIZES and THEMES (space-separated) narrow the set, e.g. README's own pictures:
#   SIZES=1280x720 tests/screenshots.sh docs/screenshots
read -r -a sections <<<"${SECTIONS:-bank plans interview candidates history compare settings welcome}"
read -r -a sizes <<<"${SIZES:-1024x700 1280x720 1920x1080}"
read -r -a themes <<<"${THEMES:-light dark}"

for tool in Xvfb xdotool import; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshots.sh: $tool is missing; install xvfb, xdotool and imagemagick" >&2
        exit 1
    fi
done

if [[ ! -x "$binary" ]]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$root/build" --target panelist
fi

work="$(mktemp -d)"
xvfb=""
app=""
cleanup() {
    set +e
    if [[ -n "$app" ]]; then
        kill "$app" 2>/dev/null
        wait "$app" 2>/dev/null
    fi
    if [[ -n "$xvfb" ]]; then
        kill "$xvfb" 2>/dev/null
        wait "$xvfb" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# A display nobody uses: no socket and no lock file.
display=""
for number in $(seq 140 199); do
    if [[ ! -e "/tmp/.X11-unix/X$number" && ! -e "/tmp/.X$number-lock" ]]; then
        display=":$number"
        break
    fi
done
if [[ -z "$display" ]]; then
    echo "screenshots.sh: no free X display between :140 and :199" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
    sleep 0.1
done
if [[ ! -e "/tmp/.X11-unix/X${display#:}" ]]; then
    echo "screenshots.sh: Xvfb did not start on $display:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi

# The app's own world: a home, its settings and its database, all temporary.
export DISPLAY="$display"
export HOME="$work/home"
export XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset PANELIST_DATABASE QT_QPA_PLATFORM
database="$work/demo.sqlite"
"$binary" --database "$database" demo >/dev/null

mkdir -p "$out"
count=0
for theme in "${themes[@]}"; do
    for size in "${sizes[@]}"; do
        for section in "${sections[@]}"; do
            "$binary" --database "$database" --window-size "$size" --theme "$theme" \
                --section "$section" >"$work/app.log" 2>&1 &
            app=$!
            if ! window="$(timeout 30 xdotool search --sync --onlyvisible --limit 1 --pid "$app")"; then
                echo "screenshots.sh: no window for $section at $size ($theme):" >&2
                cat "$work/app.log" >&2
                exit 1
            fi
            # The first frames: pages built, lists filled, transitions over.
            sleep 2.5
            file="$out/$section-$size-$theme.png"
            import -window "$window" "$file"
            kill "$app"
            wait "$app" 2>/dev/null || true
            app=""
            count=$((count + 1))
        done
    done
done
echo "screenshots.sh: $count screenshots in $out"

#!/usr/bin/env bash
# Settings' team section (not in a team, in a team) and the conflicts dialog of the real
# app, at 1024x700 and 1920x1080, light and dark, into the folder given (default:
# build/screenshots). Like tests/screenshots.sh, under an Xvfb of its own; the team is a
# real PostgreSQL 15 of its own (initdb into a temporary folder, loopback only) with two
# laptops: anna's database holds two plan conflicts, each plan renamed on both.
#
#   tests/team-screenshots.sh [FOLDER]
#
# Needs Xvfb, xdotool, ImageMagick (import) and Debian's postgresql (15). Everything it
# starts is stopped when it ends; nothing of the user's is read or changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/build/screenshots}"
binary="$root/build/panelist"
pgbin="${PANELIST_PG_BIN:-/usr/lib/postgresql/15/bin}"
sizes=(1024x700 1920x1080)
themes=(light dark)

for tool in Xvfb xdotool import "$pgbin/initdb" "$pgbin/pg_ctl"; do
    if ! command -v "$tool" >/dev/null; then
        echo "team-screenshots.sh: $tool is missing; install xvfb, xdotool, imagemagick and postgresql" >&2
        exit 1
    fi
done
[[ -x "$binary" ]] || { echo "team-screenshots.sh: build panelist first" >&2; exit 1; }

# postgres refuses to run as root: then as nobody, in a folder nobody may use.
work="$(mktemp -d /tmp/panelist-team-shots.XXXXXX)"
chmod 755 "$work"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
xvfb=""
app=""
cleanup() {
    set +e
    [[ -n "$app" ]] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; }
    [[ -n "$xvfb" ]] && { kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; }
    [[ -f "$work/pg/data/postmaster.pid" ]] &&
        "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# The team's server: a free port, the socket in the folder.
mkdir -p "$work/pg"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
echo "postgres-pw-shots" >"$work/pg/pw"
[[ ${#as_pg[@]} -gt 0 ]] && chown -R nobody:nogroup "$work/pg"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$work/pg/pw" -E UTF8 --locale=C.UTF-8 --no-sync \
    --no-instructions >"$work/initdb.log" 2>&1
printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nfsync = off\n" \
    "$port" "$work/pg" >>"$work/pg/data/postgresql.conf"
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w start >/dev/null
"${as_pg[@]}" "$pgbin/createdb" -h "$work/pg" -p "$port" -U postgres team

export HOME="$work/home"
export XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset PANELIST_DATABASE QT_QPA_PLATFORM PGPASSFILE
server="postgresql://postgres@127.0.0.1:$port/team"
PGPASSWORD=postgres-pw-shots "$binary" team init "$server" >/dev/null
PANELIST_TEAM_PASSWORD=anna-pw-shots PGPASSWORD=postgres-pw-shots \
    "$binary" team add-interviewer "$server" anna --lead >/dev/null
PANELIST_TEAM_PASSWORD=ben-pw-shots PGPASSWORD=postgres-pw-shots \
    "$binary" team add-interviewer "$server" ben >/dev/null
anna="postgresql://anna@127.0.0.1:$port/team"
ben="postgresql://ben@127.0.0.1:$port/team"

# Not in a team: the demo's database. In a team: anna's, with two conflicts.
alone="$work/alone.sqlite"
"$binary" --database "$alone" demo >/dev/null
laptop_a="$work/anna.sqlite"
laptop_b="$work/ben.sqlite"
"$binary" --database "$laptop_a" demo >/dev/null
PANELIST_TEAM_PASSWORD=anna-pw-shots "$binary" --database "$laptop_a" team join "$anna" --upload-local >/dev/null
PANELIST_TEAM_PASSWORD=ben-pw-shots "$binary" --database "$laptop_b" team join "$ben" --upload-local >/dev/null
# Each renames the same two plans; ben syncs first, so anna's edits meet his.
for id in 1 2; do
    "$binary" --database "$laptop_b" plan export "$id" "$work/plan-$id.json" >/dev/null
    sed -E '0,/"name": "([^"]*)"/s//"name": "\1 (ben'"'"'s cut)"/' "$work/plan-$id.json" >"$work/ben-$id.json"
    sed -E '0,/"name": "([^"]*)"/s//"name": "\1, shorter for phone screens"/' "$work/plan-$id.json" >"$work/anna-$id.json"
    "$binary" --database "$laptop_b" plan import "$work/ben-$id.json" >/dev/null
    "$binary" --database "$laptop_a" plan import "$work/anna-$id.json" >/dev/null
done
"$binary" --database "$laptop_b" team sync >/dev/null
"$binary" --database "$laptop_a" team sync >/dev/null
status="$("$binary" --database "$laptop_a" team status)"
if [[ "$status" != *"Conflicts: 2"* ]]; then
    echo "team-screenshots.sh: the conflicts were not made: $status" >&2
    exit 1
fi

display=""
for number in $(seq 140 199); do
    if [[ ! -e "/tmp/.X11-unix/X$number" && ! -e "/tmp/.X$number-lock" ]]; then
        display=":$number"
        break
    fi
done
[[ -n "$display" ]] || { echo "team-screenshots.sh: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
    sleep 0.1
done
export DISPLAY="$display"

mkdir -p "$out"
count=0
shoot() { # NAME DATABASE SECTION SIZE THEME [KEYS...]: the keys typed once it is up
    "$binary" --database "$2" --window-size "$4" --theme "$5" --section "$3" >"$work/app.log" 2>&1 &
    app=$!
    local window
    if ! window="$(timeout 30 xdotool search --sync --onlyvisible --limit 1 --pid "$app")"; then
        echo "team-screenshots.sh: no window for $1 at $4 ($5):" >&2
        cat "$work/app.log" >&2
        exit 1
    fi
    sleep 3 # the first sync, the dialog's opening transition
    if [[ $# -gt 5 ]]; then
        xdotool key --window "$window" "${@:6}"
        sleep 1
    fi
    import -window "$window" "$out/$1-$4-$5.png"
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=""
    count=$((count + 1))
}
for theme in "${themes[@]}"; do
    for size in "${sizes[@]}"; do
        shoot settings-alone "$alone" settings "$size" "$theme"
        shoot settings-team "$laptop_a" settings "$size" "$theme"
        shoot conflicts "$laptop_a" conflicts "$size" "$theme"
        # Tab reaches the first conflict's Edit…, Space opens the side-by-side merge.
        shoot conflict-edit "$laptop_a" conflicts "$size" "$theme" Tab space
    done
done
echo "team-screenshots.sh: $count screenshots in $out"

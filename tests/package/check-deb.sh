#!/usr/bin/env bash
# The package a distribution ships, checked as Debian checks it: the desktop entry and
# the AppStream file validate, `cmake --install` places every file, CPack's .deb passes
# lintian without errors, and (as root, or with password-less sudo) the .deb installs,
# runs `panelist --version` and a headless `panelist demo` from /usr/bin, and removes
# cleanly. Run by `./panelist.sh test` after the test suite, and so by CI.
#
#   tests/package/check-deb.sh [BUILD_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
app_id=org.panelist.Panelist
work="$(mktemp -d)"
installed_by_us=""
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo -n)

cleanup() {
    set +e
    if [[ -n "$installed_by_us" ]] && dpkg-query -W -f='${Status}' panelist 2>/dev/null |
        grep -q "install ok installed"; then
        "${sudo[@]}" dpkg --remove panelist >/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "check-deb.sh: $*" >&2
    exit 1
}
step() { echo "== $*"; }

for tool in desktop-file-validate appstreamcli lintian cpack dpkg-deb; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./panelist.sh installs it)"
done

step "desktop-file-validate $app_id.desktop"
desktop-file-validate "$root/packaging/$app_id.desktop"

step "appstreamcli validate $app_id.metainfo.xml"
appstreamcli validate --no-net "$root/packaging/$app_id.metainfo.xml"

step "cmake --install into a staging folder"
cmake --install "$build" --prefix "$work/stage/usr" >/dev/null
expected=(
    usr/bin/panelist
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/panelist.svg
    usr/share/man/man1/panelist.1.gz
    usr/share/doc/panelist/copyright
    usr/share/doc/panelist/changelog.gz
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/panelist.png")
done
for ts in "$root"/translations/panelist_*.ts; do
    expected+=("usr/share/panelist/translations/$(basename "${ts%.ts}").qm")
done
for file in "${expected[@]}"; do
    [[ -s "$work/stage/$file" ]] || fail "cmake --install did not place $file"
done
for size in 16 24 32 48 64 128 256; do
    file "$work/stage/usr/share/icons/hicolor/${size}x${size}/apps/panelist.png" |
        grep -q "$size x $size" || fail "the ${size}x${size} icon is not ${size}x${size} pixels"
done

step "cpack -G DEB"
rm -f "$build"/panelist_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$build"/panelist_*.deb)"
echo "$deb"
depends="$(dpkg-deb --field "$deb" Depends)"
echo "Depends: $depends"
# shlibdeps found the Qt libraries the binary links; the QML modules are named by hand.
for package in libqt6core6 libqt6quick6 libqt6sql6 qml6-module-qtquick-controls libqt6sql6-sqlite; do
    grep -q "$package" <<<"$depends" || fail "the package does not depend on $package"
done

step "lintian"
# Errors fail; warnings and notes are printed for a person to read.
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors in $deb"

if ! "${sudo[@]}" true 2>/dev/null; then
    echo "check-deb.sh: installing the package needs root or password-less sudo; not installed here"
    exit 0
fi
if dpkg-query -W -f='${Status}' panelist 2>/dev/null | grep -q "install ok installed"; then
    echo "check-deb.sh: a panelist package is already installed; it is left alone, not replaced"
    exit 0
fi

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "$deb" \
    >"$work/apt.log" || { cat "$work/apt.log"; fail "the package does not install"; }
installed_by_us=yes
[[ -x /usr/bin/panelist ]] || fail "/usr/bin/panelist is not there after installing"

step "/usr/bin/panelist --version"
version="$(/usr/bin/panelist --version)"
echo "$version"
grep -q "$(dpkg-deb --field "$deb" Version)" <<<"$version" ||
    fail "panelist --version says '$version', not the package's version"

step "/usr/bin/panelist demo (headless)"
mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export QT_QPA_PLATFORM=offscreen
/usr/bin/panelist --database "$work/demo.sqlite" demo
candidates="$(/usr/bin/panelist --database "$work/demo.sqlite" candidate list --json)"
count="$(grep -c '"uuid"' <<<"$candidates" || true)"
[[ "$count" -ge 5 ]] || fail "the installed panelist's demo made $count candidates, not 5"
echo "the demo made $count candidates"

step "dpkg --remove panelist"
"${sudo[@]}" dpkg --remove panelist >/dev/null
installed_by_us=""
[[ ! -e /usr/bin/panelist ]] || fail "/usr/bin/panelist is still there after removing"
[[ ! -e /usr/share/applications/$app_id.desktop ]] || fail "the desktop entry is still there"
left="$(dpkg -L panelist 2>/dev/null || true)"
[[ -z "$left" ]] || fail "dpkg still lists files of panelist after removing: $left"
echo "check-deb.sh: the package installs, runs and removes cleanly"

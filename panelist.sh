#!/usr/bin/env bash
# Panelist set-up: installs what is missing from Debian, builds, then runs.
#   ./panelist.sh run [ARGS...]   build and start the app (ARGS go to panelist)
#   ./panelist.sh test            build and run the whole test suite (ctest), then check
#                                 the Debian package (and, as root, install and remove it)
#   ./panelist.sh package         build the Debian package (build/panelist_VERSION_ARCH.deb)
#   ./panelist.sh bench           build and print the benchmark figures
#   ./panelist.sh fuzz [SECONDS]  run each fuzz target for SECONDS (60) with clang
#   ./panelist.sh build           only install and build
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${PANELIST_BUILD_DIR:-build}

# Debian bookworm package names; nothing is downloaded from anywhere else.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev libvulkan-dev
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-settings qml6-module-qt-labs-platform qml6-module-qt-labs-folderlistmodel
    qml6-module-qttest qml6-module-qtquick-pdf qt6-pdf-dev
    fonts-dejavu-core sqlite3
    fonts-noto-cjk qpdf poppler-utils
    # The team server: Qt's PostgreSQL driver, and PostgreSQL 15 for the tests' own servers;
    # openssl makes their throwaway certificates (the sslmode=verify-full test).
    libqt6sql6-psql postgresql-15 openssl
    # The desktop's keychain (QtKeychain, which loads libsecret), and for its test a
    # session bus with a Secret Service of its own (gnome-keyring) and secret-tool.
    qtkeychain-qt6-dev libsecret-1-0 dbus gnome-keyring libsecret-tools
    # The Debian package and its checks (tests/package/check-deb.sh): dpkg-shlibdeps,
    # lintian, desktop-file-validate, appstreamcli.
    dpkg-dev file lintian desktop-file-utils appstream
)

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing from Debian: ${missing[*]}"
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    install_packages
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
    run)
        build
        exec "$BUILD_DIR/panelist" "$@"
        ;;
    test)
        build
        (cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@")
        # A chosen subset of tests (ctest options given) skips the package check.
        if [ $# -eq 0 ]; then
            tests/package/check-deb.sh "$BUILD_DIR"
        fi
        ;;
    package)
        build
        (cd "$BUILD_DIR" && cpack -G DEB)
        ;;
    bench)
        build
        exec "$BUILD_DIR/panelist-bench" "$@"
        ;;
    fuzz)
        PACKAGES+=(clang libclang-rt-14-dev)
        install_packages
        exec tests/fuzz/run.sh "$@"
        ;;
    build)
        build
        ;;
    *)
        echo "usage: $0 run [ARGS...] | test | package | bench [ARGS...] | fuzz [SECONDS] | build" >&2
        exit 2
        ;;
esac

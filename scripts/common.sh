# shellcheck shell=bash disable=SC2034
# Shared by the scripts in this folder: the Debian packages Inroad needs and a few helpers.
# Source it; don't run it.

# Everything a build, the test suite and the program need on Debian 12 and Ubuntu 24.04.
# This is the one list: quickstart.sh installs it, the README points here.
INROAD_BUILD_PACKAGES=(
    cmake
    ninja-build
    g++
    qt6-base-dev
    qt6-base-dev-tools
    libqt6sql6-sqlite
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-svg-dev
    qt6-charts-dev
    libqt6opengl6-dev # Qt Charts needs the Qt OpenGL module to configure
    libgl-dev
    libglx-dev
    libxkbcommon-dev
    fonts-dejavu-core
    desktop-file-utils # desktop-file-validate, for the packaging tests
    appstream          # appstreamcli, for the packaging tests
    poppler-utils      # pdfinfo and pdftotext, for the tests of printed documents
)

# Extra packages for scripts/screenshots.sh: a virtual X server, a way to send keys, and a camera.
INROAD_SCREENSHOT_PACKAGES=(
    xvfb
    xauth
    xdotool
    imagemagick
)

# Extra packages for scripts/fuzz.sh: clang, then (inroad_fuzz_runtime_package) its libFuzzer and
# sanitizer runtimes, whose package is named after clang's version.
INROAD_FUZZ_PACKAGES=(
    clang
)

# The runtime package of the installed clang: libclang-rt-14-dev on Debian 12, libclang-rt-18-dev
# on Ubuntu 24.04.
inroad_fuzz_runtime_package()
{
    local major
    major="$(clang -dumpversion 2>/dev/null | cut -d. -f1)"
    [[ "$major" =~ ^[0-9]+$ ]] || inroad_die "cannot tell the version of clang"
    printf 'libclang-rt-%s-dev\n' "$major"
}

inroad_section()
{
    printf '\n==== %s ====\n' "$*"
}

inroad_die()
{
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Prints the packages among "$@" that are not installed.
inroad_missing_packages()
{
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs whichever of "$@" is missing. apt-get update runs only when something is missing.
inroad_ensure_packages()
{
    command -v dpkg-query >/dev/null 2>&1 || inroad_die "this script needs a Debian-based system (dpkg-query not found)"

    local missing
    mapfile -t missing < <(inroad_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        echo "All ${#} required packages are installed."
        return 0
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 || inroad_die "missing packages (${missing[*]}); run as root or install sudo"
        sudo=(sudo)
    fi

    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get -q update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends "${missing[@]}"
}

# How many compile jobs to run; the build machines have two cores.
INROAD_JOBS="${INROAD_JOBS:-2}"

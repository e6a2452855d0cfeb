#!/usr/bin/env bash
# Cityviewer's one set-up script, for a fresh Debian 12 machine (or any Debian-family system with CPython 3.11).
#   scripts/dev.sh run  [cityviewer options]   set everything up, then start the app
#   scripts/dev.sh test [pytest options]       set everything up, then lint and run the whole test suite
#   scripts/dev.sh setup                       set everything up for development (used by packaging/build.py)
# It installs the system libraries Qt needs, a Hangul font and (for the tests) Xvfb with apt-get when they are
# missing (as root, or through sudo), makes .venv with CPython 3.11 and installs the project into it.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
  run|test|setup) ;;
  *) echo "usage: scripts/dev.sh run|test|setup [arguments]" >&2; exit 64 ;;
esac

# What Qt's xcb and offscreen platforms load and a Hangul font (the list the .deb depends on too), and venv.
mapfile -t RUNTIME_PACKAGES < <(grep -v '^#' packaging/linux/runtime-packages.txt | grep .)
RUNTIME_PACKAGES+=(python3-venv)
TEST_PACKAGES=(xvfb xauth strace poppler-utils fonts-dejavu-core)  # poppler-utils: pdfinfo, pdftotext, pdffonts for
# the PDF tests; fonts-dejavu-core: the only fonts of the machine without a Korean font that the Hangul font tests make
# What scripts/atspi_check.sh listens with: the accessibility bus, pyatspi (for /usr/bin/python3), a D-Bus session
# and keys typed into the window.
TEST_PACKAGES+=(at-spi2-core python3-pyatspi dbus dbus-x11 xdotool)

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_system_packages() {
  command -v dpkg-query >/dev/null || { echo "dev.sh: not a Debian-family system; install Qt's libraries," \
    "a Hangul font and Xvfb yourself (see README)" >&2; return 0; }
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing system packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

find_python() {
  local candidate
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  echo "dev.sh: CPython 3.11 is required (see README, 'Versions')" >&2
  return 1
}

packages=("${RUNTIME_PACKAGES[@]}")
[ "$mode" != run ] && packages+=("${TEST_PACKAGES[@]}")
install_system_packages "${packages[@]}"

python=$(find_python)
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  rm -rf .venv
  "$python" -m venv .venv
fi
extras=""
[ "$mode" != run ] && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extras"

if [ "$mode" = run ]; then
  exec .venv/bin/cityviewer "$@"
elif [ "$mode" = setup ]; then
  exit 0
fi
.venv/bin/ruff check src tests packaging bench
.venv/bin/ruff format --check src tests packaging bench
.venv/bin/mypy  # over src/, strict (pyproject.toml, [tool.mypy])
.venv/bin/cityviewer-data check

# The Qt-free claim, proven: the tests not marked "gui" in a venv where PySide6 is not installed at all (the
# project without its dependencies, and the test tools but pytest-qt and mypy).
if [ ! -x .venv-noqt/bin/python ]; then
  "$python" -m venv .venv-noqt
fi
mapfile -t qtfree_tools < <(.venv/bin/python -c 'import tomllib
tools = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["test"]
print("\n".join(tool for tool in tools if not tool.startswith(("pytest-qt", "mypy"))))')
.venv-noqt/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
.venv-noqt/bin/python -m pip install --quiet --disable-pip-version-check "${qtfree_tools[@]}"
if .venv-noqt/bin/python -c 'import PySide6' 2>/dev/null; then
  echo "dev.sh: .venv-noqt has PySide6: it cannot prove the core runs without Qt" >&2; exit 1
fi
echo "dev.sh: the tests not marked gui, without Qt installed"
# pyproject's pytest-qt options are unknown there: that warning alone is not an error.
.venv-noqt/bin/python -m pytest -m "not gui" -q -p no:cacheprovider -W ignore::pytest.PytestConfigWarning

.venv/bin/python -m pytest "$@"
# What a screen reader hears, over the real AT-SPI bus (issue 21): the app under Xvfb, its tree printed and checked.
echo "dev.sh: the AT-SPI check"
exec scripts/atspi_check.sh

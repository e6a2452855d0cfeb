#!/usr/bin/env bash
# What a screen reader hears, over the real AT-SPI bus (issue 21): scripts/atspi_check.py inside a D-Bus session of
# its own, with Debian's /usr/bin/python3 (python3-pyatspi). The app runs from .venv (scripts/dev.sh setup).
#   scripts/atspi_check.sh [atspi_check.py options]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in dbus-run-session Xvfb xdotool /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null || { echo "atspi_check: $tool is missing (scripts/dev.sh's TEST_PACKAGES)" >&2; exit 2; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "atspi_check: python3-pyatspi is missing" >&2; exit 2; }
exec timeout 120 dbus-run-session -- /usr/bin/python3 scripts/atspi_check.py "$@"

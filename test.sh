#!/usr/bin/env bash
# Builds the solution and runs every test project (unit, integration, e2e) against a throw-away
# PostgreSQL server. Installs chromium and postgresql from Debian when missing.
# The last line of output is always "N passed, N failed[, N skipped]".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
ARTIFACTS="$ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
STARTED=$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { echo "== $*"; }

SUDO=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=(sudo); fi

# ---------------------------------------------------------------- prerequisites
step "prerequisites"
pg_bin() {
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; fi
}
MISSING=()
if [ ! -x /usr/bin/chromium ]; then
  echo "chromium not found at /usr/bin/chromium: will install the Debian package 'chromium'"
  MISSING+=(chromium)
fi
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  # Not needed for the assertions; without it the Japanese UI renders as boxes in the e2e screenshots.
  echo "Japanese fonts (fonts-noto-cjk) not installed: will install them for legible e2e screenshots"
  MISSING+=(fonts-noto-cjk)
fi
if [ -z "$(pg_bin)" ]; then
  echo "PostgreSQL server (initdb) not found under /usr/lib/postgresql: will install the Debian package 'postgresql'"
  MISSING+=(postgresql)
fi
if [ ${#MISSING[@]} -gt 0 ]; then
  step "installing ${MISSING[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${MISSING[@]}"
else
  echo "chromium, fonts-noto-cjk and postgresql already installed"
fi
PGBIN="$(pg_bin)"
if [ -z "$PGBIN" ]; then echo "initdb still not found after installing postgresql" >&2; exit 1; fi
command -v python3 >/dev/null 2>&1 || { echo "python3 is required (port choice, result summary)" >&2; exit 1; }

# ---------------------------------------------------------------- throw-away PostgreSQL
step "PostgreSQL (throw-away cluster)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/portal-test.XXXXXX")"
PGDATA_DIR="$TMP/pg"
PG_STARTED=0
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # initdb and postgres refuse to run as root: run them as the postgres system user.
  if ! id -u postgres >/dev/null 2>&1; then
    echo "creating system user 'postgres'"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  chown postgres: "$TMP"
  as_pg() { (cd "$TMP" && runuser -u postgres -- "$@"); }
fi

cleanup() {
  local rc=$?
  if [ "$PG_STARTED" = 1 ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" stop -m fast >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP" || true
  exit "$rc"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres -E UTF8 --no-locale >"$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log" >&2; exit 1; }
if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -o "-p $PORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1" \
      -l "$TMP/pg.log" -w -t 60 start >/dev/null; then
  echo "PostgreSQL did not start:" >&2; tail -n 30 "$TMP/pg.log" >&2 || true; exit 1
fi
PG_STARTED=1
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $PGDATA_DIR)"

# ---------------------------------------------------------------- build
rm -rf "$RESULTS" "$ARTIFACTS/e2e"
mkdir -p "$RESULTS" "$ARTIFACTS/e2e"

step "dotnet tool restore"
dotnet tool restore

step "build"
BUILD_RC=0
dotnet build Portal.sln -nologo -v q || BUILD_RC=$?
# The benchmarks are not part of the solution (they are run by hand, see bench/README.md): compile them so they cannot rot.
if [ "$BUILD_RC" -eq 0 ]; then dotnet build bench/Portal.Benchmarks -nologo -v q || BUILD_RC=$?; fi

# ---------------------------------------------------------------- test
TEST_RC=0
if [ "$BUILD_RC" -eq 0 ]; then
  step "test"
  # timeout: a hung browser or app must not eat the CI budget.
  timeout --kill-after=30s 15m \
    dotnet test Portal.sln --no-build -nologo --logger "trx;LogFilePrefix=r" --results-directory "$RESULTS" \
    || TEST_RC=$?
  if [ "$TEST_RC" -eq 124 ]; then echo "dotnet test timed out after 15 minutes" >&2; fi
else
  echo "build failed (exit $BUILD_RC): tests not run" >&2
fi

# ---------------------------------------------------------------- artifacts
step "artifacts"
# The e2e tests write screenshots, app logs and timings straight into artifacts/e2e.
if [ -d "$ARTIFACTS/e2e" ]; then
  find "$ARTIFACTS/e2e" -type f | sed "s|^$ROOT/||" | sort
  if [ -f "$ARTIFACTS/e2e/timings.txt" ]; then sed 's/^/e2e: /' "$ARTIFACTS/e2e/timings.txt"; fi
fi
find "$RESULTS" -name '*.trx' | sed "s|^$ROOT/||" | sort

# ---------------------------------------------------------------- summary
step "summary"
SUMMARY=$(python3 - "$RESULTS" <<'PY'
import sys, glob, os
import xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
failures = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    root = ET.parse(path).getroot()
    c = root.find(f"{ns}ResultSummary/{ns}Counters")
    if c is None:
        continue
    n = lambda k: int(c.get(k, "0") or 0)
    passed += n("passed")
    failed += n("failed") + n("error") + n("timeout") + n("aborted")
    skipped += max(n("total") - n("executed"), 0)
    for r in root.iter(f"{ns}UnitTestResult"):
        if r.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            failures.append(r.get("testName"))
for f in failures:
    print(f"FAILED: {f}", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
PY
) || SUMMARY="0 passed, 0 failed"

ELAPSED=$(( $(date +%s) - STARTED ))
echo "Wall time: $((ELAPSED / 60))m $((ELAPSED % 60))s (${ELAPSED} s)"
echo "$SUMMARY"

PASSED=$(echo "$SUMMARY" | sed -E 's/^([0-9]+) passed.*/\1/')
FAILED=$(echo "$SUMMARY" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
if [ "$BUILD_RC" -ne 0 ]; then exit "$BUILD_RC"; fi
if [ "$TEST_RC" -ne 0 ]; then exit "$TEST_RC"; fi
if [ "$FAILED" -ne 0 ]; then exit 1; fi
if [ "$PASSED" -eq 0 ]; then exit 1; fi
exit 0

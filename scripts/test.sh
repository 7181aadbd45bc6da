#!/usr/bin/env bash
# Runs every test of the product on a Debian machine with the .NET 10 SDK.
# Installs and starts what the tests need (RabbitMQ, Chromium) when it is missing; safe to run again.
# The last line it prints is "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

# A fixed pause before a negative check makes it flaky on a busy machine and too weak to catch what it names, so tests
# wait for a positive condition instead (tests/Shared/Poller.cs). A pause is allowed only on a line that says why with
# an "allow-delay:" comment (the poll interval inside such a wait).
if pauses=$(grep -rnE 'Thread\.Sleep\(|Task\.Delay\(' tests --include='*.cs' --exclude-dir=bin --exclude-dir=obj | grep -v 'allow-delay:'); then
  echo "Fixed pauses in tests/ (wait for a positive condition with Poller, or say why with '// allow-delay: ...'):"
  echo "$pauses"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
  echo "Starting RabbitMQ ..."
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    as_root rabbitmqctl -q await_startup >/dev/null 2>&1 && break
    sleep 2
  done
fi
export RABBITMQ_URI="${RABBITMQ_URI:-amqp://guest:guest@localhost:5672/}"

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
dotnet build Timeline.sln -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Timeline.sln -c Release --no-build --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Total tests: 13 / Passed: 12 / Skipped: 1") and name every skipped test with its
# reason (xunit prints the reason on the line after "<name> [SKIP]"), e.g. the MongoDB suite when MONGODB_URI is unset.
log="$results/console.log"
awk '
  function flush(reason) { if (pending != "") print "skipped: " pending (reason == "" ? "" : " -- " reason); pending = "" }
  /\[SKIP\]$/ { flush(""); pending = $0; sub(/^\[xUnit\.net [^]]*\] +/, "", pending); sub(/ \[SKIP\]$/, "", pending); next }
  pending != "" { reason = ""; if ($0 ~ /^\[xUnit\.net [^]]*\]       /) { reason = $0; sub(/^\[xUnit\.net [^]]*\] +/, "", reason) } flush(reason) }
  END { flush("") }' "$log" | sort -u
count() { grep -E "^\s+$1: [0-9]+\s*$" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failing test (a test host crashed or a project did not run): see $log"
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ]

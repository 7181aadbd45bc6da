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

# Every wait below is bounded: a broker or package manager that never answers ends the run with the reason.
export RABBITMQ_URI="${RABBITMQ_URI:-amqp://guest:guest@localhost:5672/}"
read -r host port <<<"$(printf '%s' "$RABBITMQ_URI" | sed -E 's#^amqps?://([^@/]*@)?([^:/?]+)(:([0-9]+))?.*#\2 \4#')"
port=${port:-5672}
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; }
# A local node is installed, started and repaired here; a broker elsewhere, or one already listening on this machine
# without rabbitmqctl (CI's service container), is only waited for.
local_node=false
if [[ "$host" =~ ^(localhost|127\.0\.0\.1)$ ]] && { command -v rabbitmqctl >/dev/null 2>&1 || ! port_open; }; then
  local_node=true
fi

missing=()
[ "$local_node" = false ] || command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root timeout 900 apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$local_node" = true ]; then
  bash scripts/rabbitmq-ready.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
else
  for _ in $(seq 1 30); do port_open && break; sleep 2; done
  if ! port_open; then
    echo "RabbitMQ at $host:$port (RABBITMQ_URI) does not accept connections after 60 s."
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
  fi
fi

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
dotnet build Timeline.sln -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
# A test host that hangs is stopped after 20 minutes and counted as a failure, rather than waiting for ever.
dotnet test Timeline.sln -c Release --no-build --logger "trx" --logger "console;verbosity=normal" \
  --blame-hang-timeout 20m --blame-hang-dump-type none \
  --results-directory "$results" --filter "Category!=BrokerRestart" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# The broker-restart fault test stops the shared RabbitMQ node, so it runs alone once everything else has finished,
# and only on a local node this script manages (elsewhere it is reported as skipped, with the reason).
restart_env=()
[ "$local_node" = true ] && restart_env=(TIMELINE_TEST_BROKER_RESTART=1)
env "${restart_env[@]}" dotnet test tests/Timeline.EndToEnd.Tests -c Release --no-build --logger "trx;LogFileName=broker-restart.trx" \
  --logger "console;verbosity=normal" --blame-hang-timeout 10m --blame-hang-dump-type none \
  --results-directory "$results" --filter "Category=BrokerRestart" 2>&1 | tee -a "$results/console.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
[ "$local_node" = false ] || bash scripts/rabbitmq-ready.sh >/dev/null || status=1

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

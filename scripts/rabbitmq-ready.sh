#!/usr/bin/env bash
# Makes sure the local RabbitMQ node runs with its application started, within bounded waits, and says what is wrong
# when it cannot. Cases: running (nothing to do); node up but application stopped (rabbitmqctl start_app); node down
# (rabbitmq-server -detached). Exits 0 when ready, 1 with the reason otherwise.
# RABBITMQ_WAIT_SECONDS (default 90) bounds the whole wait; no single command may block longer.
set -uo pipefail

wait_seconds="${RABBITMQ_WAIT_SECONDS:-90}"
probe_seconds=10
# Through sudo with the caller's PATH, so the RabbitMQ tools resolve the same way for root and for others.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n env "PATH=$PATH" "$@"; fi; }
# rabbitmqctl waits for a node for a long time by default; every call here is cut off.
node_up() { as_root timeout "$probe_seconds" rabbitmqctl -q ping >/dev/null 2>&1; }
app_running() { as_root timeout "$probe_seconds" rabbitmq-diagnostics -q check_running >/dev/null 2>&1; }

if app_running; then
  exit 0
fi

if node_up; then
  echo "RabbitMQ: the node is running but its application is stopped; starting it (rabbitmqctl start_app) ..."
  as_root timeout "$wait_seconds" rabbitmqctl -q start_app >/dev/null 2>&1
else
  echo "RabbitMQ: starting the node (rabbitmq-server -detached) ..."
  as_root timeout "$probe_seconds" rabbitmq-server -detached >/dev/null 2>&1
fi

deadline=$((SECONDS + wait_seconds))
while [ "$SECONDS" -lt "$deadline" ]; do
  if app_running; then
    echo "RabbitMQ: running."
    exit 0
  fi
  sleep 2
done

if node_up; then
  echo "RabbitMQ is not ready after ${wait_seconds}s: the node answers but its application does not run." \
       "Check 'rabbitmqctl status' and the log under /var/log/rabbitmq, or restart it: rabbitmqctl stop_app && rabbitmqctl start_app"
else
  echo "RabbitMQ is not ready after ${wait_seconds}s: the node does not answer." \
       "Check the log under /var/log/rabbitmq, or start it yourself: rabbitmq-server -detached"
fi
exit 1

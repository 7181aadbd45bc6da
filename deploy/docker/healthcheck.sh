#!/bin/bash
# Container health probe without curl (the aspnet image has none): GET /health/ready on the service's port.
# Usage: healthcheck.sh PORT
exec 3<>"/dev/tcp/127.0.0.1/${1:?port}" || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
head -n 1 <&3 | grep -q ' 200 '

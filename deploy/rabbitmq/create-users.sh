#!/bin/sh
# Creates the virtual host and one RabbitMQ user per service, each allowed only the exchanges and queues its service
# uses, so one service's credentials cannot write into another's stage (the gateway cannot publish EventsExtracted).
# Idempotent. Through the management API by default (docker compose); with RABBITMQ_CTL=rabbitmqctl, through
# rabbitmqctl on the broker's host instead (the tests run it that way against a throw-away virtual host).
#
# Environment: RABBITMQ_ADMIN_USER, RABBITMQ_ADMIN_PASSWORD (management API only), INGESTION_RABBITMQ_PASSWORD,
# EXTRACTION_RABBITMQ_PASSWORD, TIMELINE_RABBITMQ_PASSWORD, GATEWAY_RABBITMQ_PASSWORD; optional RABBITMQ_VHOST
# (default timeline), RABBITMQ_API (default http://rabbitmq:15672/api), RABBITMQ_USER_PREFIX (default none).
#
# The names are MassTransit's: a message type's fanout exchange "Timeline.Contracts:<Type>", a consumer's queue and
# exchange named after its endpoint with "_error" and "_skipped" companions, and fault exchanges
# "MassTransit:Fault--Timeline.Contracts:<Type>--". RabbitMQ checks configure to declare, write to publish or to be a
# binding's destination, read to consume or to be a binding's source. The permissions below mirror the operator's
# in deploy/k8s/infrastructure/rabbitmq-users.yaml; keep the two in step.
set -eu

for password in "$INGESTION_RABBITMQ_PASSWORD" "$EXTRACTION_RABBITMQ_PASSWORD" "$TIMELINE_RABBITMQ_PASSWORD" "$GATEWAY_RABBITMQ_PASSWORD" \
                "${RABBITMQ_ADMIN_PASSWORD:-unused-with-rabbitmqctl}"; do
  case "$password" in
    change-me*|"") echo "Refusing a placeholder or empty RabbitMQ password: set real ones in .env" >&2; exit 1 ;;
  esac
done

vhost="${RABBITMQ_VHOST:-timeline}"
prefix="${RABBITMQ_USER_PREFIX:-}"
events='Timeline\.Contracts:Timeline(EventCreated|EventUpdated|EventsMerged|EventRetired)'

# user password configure write read
set_user() {
  user="$prefix$1"; password="$2"; configure="$3"; write="$4"; read="$5"
  if [ "${RABBITMQ_CTL:-}" != "" ]; then
    "$RABBITMQ_CTL" add_user "$user" "$password" >/dev/null 2>&1 || "$RABBITMQ_CTL" change_password "$user" "$password" >/dev/null
    "$RABBITMQ_CTL" set_permissions -p "$vhost" "$user" "$configure" "$write" "$read" >/dev/null
  else
    curl -fsS -u "$RABBITMQ_ADMIN_USER:$RABBITMQ_ADMIN_PASSWORD" -H 'content-type: application/json' -X PUT \
      "$api/users/$user" -d "{\"password\":\"$password\",\"tags\":\"\"}"
    # JSON needs each backslash of a regular expression doubled.
    body=$(printf '{"configure":"%s","write":"%s","read":"%s"}' "$configure" "$write" "$read" | sed 's/\\/\\\\/g')
    curl -fsS -u "$RABBITMQ_ADMIN_USER:$RABBITMQ_ADMIN_PASSWORD" -H 'content-type: application/json' -X PUT \
      "$api/permissions/$vhost/$user" -d "$body"
  fi
}

if [ "${RABBITMQ_CTL:-}" != "" ]; then
  "$RABBITMQ_CTL" add_vhost "$vhost" >/dev/null 2>&1 || true
else
  api="${RABBITMQ_API:-http://rabbitmq:15672/api}"
  curl -fsS -u "$RABBITMQ_ADMIN_USER:$RABBITMQ_ADMIN_PASSWORD" -X PUT "$api/vhosts/$vhost"
fi

# Ingestion publishes ArticleAccepted and consumes nothing.
set_user ingestion "$INGESTION_RABBITMQ_PASSWORD" \
  '^Timeline\.Contracts:ArticleAccepted$' \
  '^Timeline\.Contracts:ArticleAccepted$' \
  '^$'

# Extraction consumes ArticleAccepted on extraction-article-accepted and publishes EventsExtracted.
set_user extraction "$EXTRACTION_RABBITMQ_PASSWORD" \
  '^(extraction-article-accepted(_error|_skipped)?|Timeline\.Contracts:(ArticleAccepted|EventsExtracted)|MassTransit:Fault--Timeline\.Contracts:ArticleAccepted--)$' \
  '^(extraction-article-accepted(_error|_skipped)?|Timeline\.Contracts:EventsExtracted|MassTransit:Fault--Timeline\.Contracts:ArticleAccepted--)$' \
  '^(extraction-article-accepted(_error|_skipped)?|Timeline\.Contracts:ArticleAccepted)$'

# The timeline service consumes EventsExtracted on timeline-events-extracted and publishes the timeline's events.
set_user timeline "$TIMELINE_RABBITMQ_PASSWORD" \
  "^(timeline-events-extracted(_error|_skipped)?|Timeline\\.Contracts:EventsExtracted|$events|MassTransit:Fault--Timeline\\.Contracts:EventsExtracted--)\$" \
  "^(timeline-events-extracted(_error|_skipped)?|$events|MassTransit:Fault--Timeline\\.Contracts:EventsExtracted--)\$" \
  '^(timeline-events-extracted(_error|_skipped)?|Timeline\.Contracts:EventsExtracted)$'

# The gateway reads the timeline's events on a per-instance queue "<host>_<process>_gateway-stream_<id>" and publishes nothing.
set_user gateway "$GATEWAY_RABBITMQ_PASSWORD" \
  "^(.+_gateway-stream_.+|$events|MassTransit:Fault--$events--)\$" \
  "^(.+_gateway-stream_.+|MassTransit:Fault--$events--)\$" \
  "^(.+_gateway-stream_.+|$events)\$"

echo "RabbitMQ users ready in virtual host $vhost"

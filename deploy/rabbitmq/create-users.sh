#!/bin/sh
# Creates the "timeline" virtual host and one RabbitMQ user per service through the management API,
# so each service connects with its own credentials. Idempotent: PUT creates or updates.
set -eu
api="http://rabbitmq:15672/api"
auth="${RABBITMQ_ADMIN_USER}:${RABBITMQ_ADMIN_PASSWORD}"
curl -fsS -u "$auth" -X PUT "$api/vhosts/timeline"
for pair in "ingestion:${INGESTION_RABBITMQ_PASSWORD}" "extraction:${EXTRACTION_RABBITMQ_PASSWORD}" \
            "timeline:${TIMELINE_RABBITMQ_PASSWORD}" "gateway:${GATEWAY_RABBITMQ_PASSWORD}"; do
  user="${pair%%:*}"; password="${pair#*:}"
  curl -fsS -u "$auth" -H 'content-type: application/json' -X PUT "$api/users/$user" \
    -d "{\"password\":\"$password\",\"tags\":\"\"}"
  # MassTransit declares its own exchanges and queues, so each service needs configure rights in the vhost.
  curl -fsS -u "$auth" -H 'content-type: application/json' -X PUT "$api/permissions/timeline/$user" \
    -d '{"configure":".*","write":".*","read":".*"}'
done
echo "RabbitMQ users ready"

#!/bin/sh
# Creates one MongoDB user per service that uses the store, in the admin database with roles on "timeline":
# ingestion and the timeline service read and write; the gateway reads, and may create the indexes it queries by
# (every service ensures the indexes at start). Idempotent: existing users get the current password and roles.
set -eu

for password in "$INGESTION_MONGODB_PASSWORD" "$TIMELINE_MONGODB_PASSWORD" "$GATEWAY_MONGODB_PASSWORD"; do
  case "$password" in
    change-me*|"") echo "Refusing a placeholder or empty MongoDB password: set real ones in .env" >&2; exit 1 ;;
  esac
done

mongosh --quiet --host mongodb -u "$MONGODB_ROOT_USER" -p "$MONGODB_ROOT_PASSWORD" --authenticationDatabase admin \
  --eval '
const admin = db.getSiblingDB("admin");
const reader = { role: "timelineReader", db: "admin" };
const privileges = [{ resource: { db: "timeline", collection: "" },
  actions: ["find", "listCollections", "listIndexes", "createIndex", "createCollection"] }];
if (admin.getRole("timelineReader") === null) admin.createRole({ role: "timelineReader", privileges, roles: [] });
else admin.updateRole("timelineReader", { privileges, roles: [] });
const users = [
  ["ingestion", process.env.INGESTION_MONGODB_PASSWORD, [{ role: "readWrite", db: "timeline" }]],
  ["timeline", process.env.TIMELINE_MONGODB_PASSWORD, [{ role: "readWrite", db: "timeline" }]],
  ["gateway", process.env.GATEWAY_MONGODB_PASSWORD, [reader]],
];
for (const [user, pwd, roles] of users) {
  if (admin.getUser(user) === null) admin.createUser({ user, pwd, roles });
  else admin.updateUser(user, { pwd, roles });
}
print("MongoDB users ready");'

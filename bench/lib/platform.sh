# Shell helpers of the scripts that start the platform's jar on a database of their own: bench/run,
# ops/two-nodes/run and .ci/run source this file from the repository's root.

# JVM options of a platform whose figures are not judged (the benchmark's smoke, the two-node check's nodes): the
# quick compiler only and one GC thread, so that JVMs start briskly on a small machine. The test JVMs get the same
# options from surefire's argLine in pom.xml.
QUICK_JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# The platform's jar in target/ (not the plain one); nothing when it was not built.
platform_jar() { ls target/jobalyq-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -n 1; }

# Builds the jar, tests skipped, when it is missing or older than the sources (the models are read from processes/,
# dmn/ and forms/ at start-up and need no build). Arguments go to Maven.
build_platform_jar() {
  if [ -z "$(platform_jar)" ] || [ -n "$(find src/main pom.xml -newer "$(platform_jar)" -print -quit)" ]; then
    echo "Building the jar (./mvnw package, tests skipped)"
    ./mvnw -B -ntp -q "$@" -Dmaven.test.skip=true package
  fi
}

# image_layout DEST [JVM option...]: the platform's jar laid out in DEST as the image holds it (Dockerfile): extracted
# (Spring Boot's extract: the application jar with its libraries beside it) with its class-data archive
# DEST/jobalyq.jsa, trained with the JVM options it will be used with (ops/class-data-archive).
image_layout() {
  local dest=$1
  shift
  rm -rf "$dest"
  java -Djarmode=tools -jar "$(platform_jar)" extract --destination "$dest" >/dev/null
  ops/class-data-archive "$dest" "$PWD" "$@"
}

# fresh_database HOST PORT ADMIN DATABASE USER PASSWORD: DATABASE dropped and created empty, owned by the login role
# USER (created with PASSWORD if missing). ADMIN is a role that may create roles and databases.
fresh_database() {
  local host=$1 port=$2 admin=$3 db=$4 user=$5 password=$6
  psql -h "$host" -p "$port" -U "$admin" -d postgres -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
SET client_min_messages = warning;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${user}') THEN
    CREATE ROLE "${user}" LOGIN PASSWORD '${password}';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS "${db}" WITH (FORCE);
CREATE DATABASE "${db}" OWNER "${user}";
SQL
}
